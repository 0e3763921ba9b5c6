#!/usr/bin/env node
// `npm run dev`: the CMS and the site in development mode (hot reload). Uses its own
// database file: a dev process pushes the schema and must never touch the production file.
import path from 'node:path'

import { ensureLocalEnv } from './localEnv.mjs'
import { run, step } from './run.mjs'
import { repoRoot } from './servers.mjs'

const { values } = ensureLocalEnv()
const cmsPort = process.env.CMS_PORT ?? '3000'
const webPort = process.env.WEB_PORT ?? '3001'
step(`Development servers: CMS http://localhost:${cmsPort}/admin, site http://localhost:${webPort}`)
const code = await run('npx', ['turbo', 'run', 'dev', '--filter=@crn/cms', '--filter=@crn/web'], {
  env: {
    ...values,
    NODE_ENV: 'development',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: process.env.DATABASE_URI ?? `file:${path.join(repoRoot, 'apps/cms/data/dev.db')}`,
    CMS_URL: `http://localhost:${cmsPort}`,
    WEB_URL: `http://localhost:${webPort}`,
    CMS_PORT: cmsPort,
    WEB_PORT: webPort,
    // The dev CMS compiles a route on its first request, which can take longer than the
    // production timeout (2 s): the site would show its 503 page while things warm up.
    CMS_TIMEOUT_MS: process.env.CMS_TIMEOUT_MS ?? '20000',
  },
})
process.exit(code)
