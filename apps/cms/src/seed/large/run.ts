/**
 * `npm run seed:large` (`payload run src/seed/large/run.ts`): adds the large generated data set
 * (SEED_LARGE_PROJECTS projects, SEED_LARGE_PEOPLE people, SEED_LARGE_CHANGES historical change-log
 * rows) to the database DATABASE_URI points at, or removes it again with SEED_LARGE_REMOVE=1.
 * The launcher (packages/launcher/src/seedLarge.mjs) turns command-line flags into these variables and
 * runs this again while it exits with MORE_TO_DO (each process writes at most SEED_LARGE_BUDGET documents).
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

/** Exit code: this process used its budget and more documents remain (the launcher runs it again). */
const MORE_TO_DO = 75

const payload = await getPayload({ config, disableOnInit: true })
const budget = count('SEED_LARGE_BUDGET', 1500)
let finished = true
try {
  if (process.env.SEED_LARGE_REMOVE === '1') {
    const outcome = await removeLarge(payload, budget)
    finished = outcome.finished
    console.log(`Removed ${outcome.removed} generated documents${finished ? ' and the generated change-log rows' : ''}.`)
  } else {
    const added = await seedLarge(payload, {
      projects: count('SEED_LARGE_PROJECTS', 10_000),
      people: count('SEED_LARGE_PEOPLE', 500),
      changes: count('SEED_LARGE_CHANGES', 10_000),
      budget,
    })
    finished = added.finished
    if (finished) await refreshPlannerStatistics(payload)
    console.log(`Added ${added.projects} projects, ${added.people} people and ${added.changes} historical change-log rows${finished ? '' : ' (continuing in a fresh process)'}.`)
  }
} finally {
  await payload.destroy()
}
// The exit code tells the launcher whether to go on.
process.exit(finished ? 0 : MORE_TO_DO)
