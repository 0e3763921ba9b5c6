#!/usr/bin/env node
// `npm run seed:large [-- --projects 10000 --people 500 --changes 10000 --budget 1500 | --remove]`: adds (or
// removes) the large generated data set in the `npm start` database (or DATABASE_URI), through the
// CMS's Local API. Used by `npm run bench -- scale`; see docs/benchmarks.md.
import path from 'node:path'
import { parseArgs } from 'node:util'

import { ensureLocalEnv } from './localEnv.mjs'
import { run, step } from './run.mjs'
import { repoRoot } from './servers.mjs'

const { values: flags } = parseArgs({
  options: {
    projects: { type: 'string', default: '10000' },
    people: { type: 'string', default: '500' },
    changes: { type: 'string', default: '10000' },
    remove: { type: 'boolean', default: false },
    budget: { type: 'string', default: '1500' },
  },
})
for (const name of ['projects', 'people', 'changes', 'budget']) {
  if (!/^\d+$/.test(flags[name])) {
    console.error(`--${name} must be a whole number ≥ 0, got "${flags[name]}"`)
    process.exit(2)
  }
}

const { values } = ensureLocalEnv()
step(flags.remove ? 'Removing the large generated data set' : `Adding ${flags.projects} projects, ${flags.people} people and ${flags.changes} change-log rows`)
// Each process writes at most --budget documents (see apps/cms/src/seed/large/seedLarge.ts):
// exit code 75 means "more to do", so the next process continues where this one stopped.
const MORE_TO_DO = 75
const env = {
  ...values,
  NODE_ENV: 'production',
  DATABASE_URI: process.env.DATABASE_URI ?? `file:${path.join(repoRoot, 'apps/cms/data/cms.db')}`,
}
const args = flags.remove
  ? ['remove=1', `budget=${flags.budget}`]
  : [`projects=${flags.projects}`, `people=${flags.people}`, `changes=${flags.changes}`, `budget=${flags.budget}`]
let code
do {
  code = await run('npm', ['run', '--silent', 'seed:large', '-w', '@crn/cms', '--', ...args], { env })
} while (code === MORE_TO_DO)
process.exit(code)
