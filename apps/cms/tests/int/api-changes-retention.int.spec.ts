import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { assertTestDatabase } from '../helpers/apiContent'
import { type ApiClient, apiClient, errorMessages } from '../helpers/apiClient'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { unique } from '../helpers/fixtures'

/**
 * The change log is bounded: entries older than CHANGES_RETENTION_DAYS (180 by default) are
 * pruned by the `pruneChangeLog` job on the maintenance queue, and a consumer asking from before
 * the pruned point is told to resync (410) instead of silently missing changes.
 */
let booted: BootedPayload
let api: ApiClient
const DAY = 86_400_000

beforeAll(async () => {
  booted = await bootPayload('api-changes-retention')
  await assertTestDatabase()
  api = await apiClient()
})
afterAll(async () => {
  await booted.shutdown()
})

const logChange = (daysAgo: number) =>
  booted.payload.create({
    collection: 'content-changes',
    data: { documentCollection: 'projects', documentId: unique('gammel'), kind: 'updated', slug: { nb: null, en: null }, occurredAt: new Date(Date.now() - daysAgo * DAY).toISOString() },
    overrideAccess: true,
  })

describe('retention', () => {
  it('a log that was never pruned answers since=1970-01-01', async () => {
    await logChange(400)
    const response = await api.send('/api/changes?since=1970-01-01')
    expect(response.status).toBe(200)
  })

  it('the scheduled job prunes entries older than the retention; older positions answer 410 with "resync"', async () => {
    const old = await logChange(200)
    const recent = await logChange(10)
    const before = (await api.send(`/api/changes?since=${new Date(Date.now() - 20 * DAY).toISOString()}&limit=100`)).json as { next: string | null }

    const { MAINTENANCE_QUEUE } = await import('../../src/jobs/maintenanceQueue')
    await booted.payload.jobs.queue({ task: 'pruneChangeLog', queue: MAINTENANCE_QUEUE, input: {} })
    await booted.payload.jobs.run({ queue: MAINTENANCE_QUEUE })

    const left = await booted.payload.find({ collection: 'content-changes', where: { id: { in: [old.id, recent.id] } }, overrideAccess: true, depth: 0 })
    expect(left.docs.map((doc) => doc.id)).toEqual([recent.id])

    for (const query of ['since=1970-01-01', `since=${new Date(Date.now() - 181 * DAY).toISOString()}`]) {
      const gone = await api.send(`/api/changes?${query}`)
      expect({ query, status: gone.status }).toEqual({ query, status: 410 })
      expect(errorMessages(gone)[0]).toMatch(/180 days.*[Rr]esync/s)
    }
    // Positions inside the retention still work, by time and by cursor.
    const inside = await api.send(`/api/changes?since=${new Date(Date.now() - 20 * DAY).toISOString()}&limit=100`)
    expect(inside.status).toBe(200)
    expect((inside.json as { docs: { id: string }[] }).docs.map((change) => change.id)).toContain(String(recent.id))
    expect(before.next).toEqual(expect.any(String))
    expect((await api.send(`/api/changes?after=${before.next}`)).status).toBe(200)
  })
})
