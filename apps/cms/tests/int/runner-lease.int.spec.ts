import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type * as RunnerLeaseModule from '../../src/jobs/runnerLease/runnerLease'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'

/**
 * The jobs runner lease (src/jobs/runnerLease): of several instances asking at the same moments,
 * exactly one may run jobs in a slot; it keeps the role by claiming the next slot; when it stops
 * asking, another takes the first free slot. Two leases on one database stand for two instances
 * (the instances suite checks the same with two real CMS processes). Times are passed in, so each
 * slot is chosen, not waited for.
 */

let booted: BootedPayload
let lease: typeof RunnerLeaseModule

beforeAll(async () => {
  booted = await bootPayload('runner-lease')
  lease = await import('../../src/jobs/runnerLease/runnerLease')
})
afterAll(async () => {
  await booted.shutdown()
})

const at = (slot: number, fraction: number) => slot * lease.SLOT_MS + Math.round(fraction * lease.SLOT_MS)

describe('the jobs runner lease', () => {
  it('lets exactly one of two instances run in a slot, keeps it with that one, and hands over when it stops', async () => {
    const payload = booted.payload
    const first = lease.createRunnerLease('instance-a')
    const second = lease.createRunnerLease('instance-b')
    const slot = Math.floor(Date.now() / lease.SLOT_MS) + 1000

    // Both ask at the start of a free slot, at the same moment: one wins.
    const [a, b] = await Promise.all([first.holds(payload, at(slot, 0.1)), second.holds(payload, at(slot, 0.1))])
    expect([a, b].filter(Boolean)).toHaveLength(1)
    const [holder, other] = a ? [first, second] : [second, first]

    // Half-way through, the holder claims the next slot before the other may ask for it.
    expect(await holder.holds(payload, at(slot, 0.6))).toBe(true)
    expect(await other.holds(payload, at(slot, 0.6))).toBe(false)
    expect(await other.holds(payload, at(slot + 1, 0.1))).toBe(false)
    expect(await holder.holds(payload, at(slot + 1, 0.1))).toBe(true)

    // Its last call renews slot + 2; then it stops asking (the instance stopped).
    expect(await holder.holds(payload, at(slot + 1, 0.95))).toBe(true)
    const lastOwn = slot + 2
    expect(await other.holds(payload, at(lastOwn, 0.5))).toBe(false)

    // The other takes the first free slot.
    expect(await other.holds(payload, at(lastOwn + 1, 0.1))).toBe(true)

    const rows = await payload.find({
      collection: 'job-runner-leases',
      where: { slot: { in: [slot, slot + 1, slot + 2, slot + 3].map((each) => `jobs:${each}`) } },
      sort: 'slot',
      limit: 10,
    })
    expect(rows.docs.map((row) => row.slot)).toEqual([slot, slot + 1, slot + 2, slot + 3].map((each) => `jobs:${each}`))
    expect(rows.docs.map((row) => row.holder)).toEqual([holder.holder, holder.holder, holder.holder, other.holder])
  })

  it('stops running jobs just before its slot ends when it could not claim the next one', async () => {
    const payload = booted.payload
    const only = lease.createRunnerLease('instance-c')
    const rival = lease.createRunnerLease('instance-d')
    const slot = Math.floor(Date.now() / lease.SLOT_MS) + 2000
    expect(await only.holds(payload, at(slot, 0.1))).toBe(true)
    // Another instance took the next slot (say the holder was paused): the holder yields at the margin.
    expect(await rival.holds(payload, at(slot + 1, 0))).toBe(true)
    expect(await only.holds(payload, at(slot, 0.99))).toBe(false)
  })
})
