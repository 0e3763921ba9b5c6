/**
 * `npm run seed:large` (`payload run src/seed/large/run.ts`): adds the large generated data set
 * (SEED_LARGE_PROJECTS projects, SEED_LARGE_PEOPLE people, SEED_LARGE_CHANGES historical change-log
 * rows) to the database DATABASE_URI points at, or removes it again with SEED_LARGE_REMOVE=1.
 * The launcher (packages/launcher/src/seedLarge.mjs) turns command-line flags into these variables.
 */
import { getPayload } from 'payload'

import { refreshPlannerStatistics } from '../../db/databaseAdapter'
import config from '../../payload.config'
import { removeLarge, seedLarge } from './seedLarge'

const count = (name: string, fallback: number) => {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0, got "${raw}"`)
  return value
}

const payload = await getPayload({ config, disableOnInit: true })
const started = Date.now()
try {
  if (process.env.SEED_LARGE_REMOVE === '1') {
    const removed = await removeLarge(payload)
    console.log(`Removed ${removed} generated documents and change-log rows in ${Math.round((Date.now() - started) / 1000)} s.`)
  } else {
    const added = await seedLarge(payload, {
      projects: count('SEED_LARGE_PROJECTS', 10_000),
      people: count('SEED_LARGE_PEOPLE', 500),
      changes: count('SEED_LARGE_CHANGES', 10_000),
    })
    await refreshPlannerStatistics(payload)
    console.log(`Added ${added.projects} projects, ${added.people} people and ${added.changes} historical change-log rows in ${Math.round((Date.now() - started) / 1000)} s.`)
  }
} finally {
  await payload.destroy()
}
