/**
 * `npm run seed:large` (`payload run src/seed/large/run.ts [projects=N] [people=N] [changes=N]
 * [budget=N] [remove=1]`): adds the large generated data set to the database DATABASE_URI points
 * at, or removes it again. The launcher (packages/launcher/src/seedLarge.mjs) turns command-line
 * flags into these arguments (`payload run` passes on plain words only) and runs this again while
 * it exits with MORE_TO_DO (each process writes at most `budget` documents).
 */
import { getPayload } from 'payload'

import { refreshPlannerStatistics } from '../../db/databaseAdapter'
import config from '../../payload.config'
import { removeLarge, seedLarge } from './seedLarge'

const args = new Map(process.argv.slice(2).map((arg) => arg.split('=', 2) as [string, string | undefined]))

const count = (name: string, fallback: number) => {
  const raw = args.get(name)
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0, got "${raw}"`)
  return value
}

/** Exit code: this process used its budget and more documents remain (the launcher runs it again). */
const MORE_TO_DO = 75

const payload = await getPayload({ config, disableOnInit: true })
const budget = count('budget', 1500)
let finished = true
try {
  if (args.get('remove') === '1') {
    const outcome = await removeLarge(payload, budget)
    finished = outcome.finished
    console.log(`Removed ${outcome.removed} generated documents${finished ? ' and the generated change-log rows' : ''}.`)
  } else {
    const added = await seedLarge(payload, {
      projects: count('projects', 10_000),
      people: count('people', 500),
      changes: count('changes', 10_000),
      budget,
    })
    finished = added.finished
    // Also as the natural exit code: if closing the database below never settles, Node ends the
    // process when its loop is empty, with exitCode (it was 0, which stopped the launcher's loop early).
    process.exitCode = finished ? 0 : MORE_TO_DO
    if (finished) await refreshPlannerStatistics(payload)
    console.log(`Added ${added.projects} projects, ${added.people} people and ${added.changes} historical change-log rows${finished ? '' : ' (continuing in a fresh process)'}.`)
  }
} finally {
  await payload.destroy()
}
// The exit code tells the launcher whether to go on.
process.exit(finished ? 0 : MORE_TO_DO)
