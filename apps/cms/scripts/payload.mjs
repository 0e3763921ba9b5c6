#!/usr/bin/env node
// The Payload CLI (`generate:types`, `migrate`, `migrate:create`, `run <script>`) as the package.json
// scripts and the launcher run it. Use it (`npm run payload -w @crn/cms -- …`) instead of `npx payload`.
//
// Why: under Node 20, importing the Payload config sometimes never finishes. Its rich-text editor pulls
// in Lexical, whose packages' `node` entries are small shims that pick the development or production
// build with a top-level `await import()`, and they import one another. Node 20 sometimes loses track
// of such a graph (V8's handling of top-level await across dynamic imports): the import stays pending
// with nothing left to wait on and the process ends, silently with exit code 0 under Payload's bin, or
// 13 ("unsettled top-level await"). On this machine that was 5 to 9 runs in 12. A command that ended
// that way did nothing and said nothing: `npm run seed:large` added no documents, and
// `generate:types` would leave an old file for the freshness check to take as fresh.
//
// So the bin runs with the export condition that picks Lexical's build directly (no shim, no top-level
// await), the one the shim would have picked for this NODE_ENV. Next's bundler resolves the same way, so
// the CMS server never hit this. Pinned by tests/int/payload-cli.int.spec.ts: when the pin fails, the
// bug is fixed upstream and the scripts can go back to the plain `payload` bin.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const lexicalBuildCondition = () => (process.env.NODE_ENV === 'production' ? 'production' : 'development')

// `payload/bin.js` is not in the package's exports: it sits one folder above its main entry (dist/index.js).
const bin = fileURLToPath(new URL('../bin.js', import.meta.resolve('payload')))
const cli = spawnSync(process.execPath, [`--conditions=${lexicalBuildCondition()}`, bin, ...process.argv.slice(2)], { stdio: 'inherit' })
if (cli.error) throw cli.error
process.exit(cli.status ?? 1)
