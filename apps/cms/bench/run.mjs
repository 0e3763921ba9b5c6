#!/usr/bin/env node
// `npm run bench [-- <name>…]`: runs the named benchmarks (all when none is named), one after
// another, each a module in this folder exporting `run(): Promise<{ summary: string, ok: boolean }>`.
// To add one: write bench/<name>.mjs and list it below.
import { fileURLToPath } from 'node:url'

const BENCHMARKS = {
  'publish-latency': { file: './publishLatency.mjs', about: 'publish in the CMS → change visible on the site through the edge (p50/p95 over 20 publishes)' },
  seed: { file: './seed.mjs', about: 'first CMS start on an empty SQLite (migrate + seed) and a second seed run that creates nothing' },
  'api-read': { file: './apiRead.mjs', about: 'REST list, REST by slug (depth 1) and GraphQL read latency p50/p95, share of conditional GETs answered 304' },
  'site-pages': { file: './sitePages.mjs', about: 'site page first render vs cached render per page type; CMS down: cached pages 200, never-rendered page 503' },
  scale: { file: './scale.mjs', about: 'the main reads (REST, GraphQL, change feed, project index, search, sitemap) at the seeded size and at 10,000 projects, p50/p95 and ratio' },
  memory: { file: './memory.mjs', about: 'peak RSS of the CMS and site process groups under ~500 mixed requests' },
  edge: { file: './edge.mjs', about: 'research page through the edge vs a static file and vs Next alone; 50 mixed clients × 15 s; CMS stopped → cached pages 200' },
  lighthouse: { file: './lighthouse.mjs', about: 'Lighthouse (mobile) scores, JavaScript bytes, LCP and TBT of the research page, project index and a project page through the edge' },
  instances: {
    file: './instances.mjs',
    about: '2 CMS + 2 site instances + Redis behind the edge: publish → visible on every site instance (p95 over 20 publishes); edge errors while a site instance stops and restarts under load',
  },
  soak: { file: './soak.mjs', onlyWhenNamed: true, about: '10 minutes (--minutes=N) of editors, services and visitors: 0 errors, no lost update, no SQLITE_BUSY, RSS growth ≤ 10 %' },
}

const requested = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
const unknown = requested.filter((name) => !(name in BENCHMARKS))
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available:\n${Object.entries(BENCHMARKS).map(([name, { about }]) => `  ${name}  ${about}`).join('\n')}`)
  process.exit(2)
}

let failed = 0
// Long runs (the soak) only when named.
for (const name of requested.length ? requested : Object.keys(BENCHMARKS).filter((each) => !BENCHMARKS[each].onlyWhenNamed)) {
  const { file, about } = BENCHMARKS[name]
  console.log(`\n▶ ${name}: ${about}`)
  const started = Date.now()
  const { run } = await import(fileURLToPath(new URL(file, import.meta.url)))
  let result
  try {
    result = await run()
  } catch (error) {
    // A benchmark that cannot run (e.g. the apps are not built) fails with its reason, and the rest still run.
    result = { ok: false, summary: `could not run: ${error instanceof Error ? error.message : String(error)}` }
  }
  console.log(`${result.ok ? '✓' : '✗'} ${name} (${((Date.now() - started) / 1000).toFixed(0)} s): ${result.summary}`)
  if (!result.ok) failed += 1
}
process.exit(failed ? 1 : 0)
