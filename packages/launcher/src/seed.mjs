#!/usr/bin/env node
// `npm run seed`: seeds the same database `npm start` uses. Runs in production mode so the
// SQLite schema comes from the committed migrations (a dev-mode push would mark the file).
import path from 'node:path'

import { ensureLocalEnv } from './localEnv.mjs'
import { run, step } from './run.mjs'
import { repoRoot } from './servers.mjs'

const { values } = ensureLocalEnv()
step('Seeding the registry content (idempotent: existing and edited documents are kept)')
const code = await run('npm', ['run', 'seed', '-w', '@crn/cms'], {
  env: {
    ...values,
    NODE_ENV: 'production',
    DATABASE_URI: process.env.DATABASE_URI ?? `file:${path.join(repoRoot, 'apps/cms/data/cms.db')}`,
  },
})
process.exit(code)
