import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'

import type { Payload } from 'payload'

import { JOB_RUNNER_LEASES_SLUG } from './JobRunnerLeases'

/**
 * One elected jobs runner across every CMS instance, so each job (site revalidation, scheduled
 * publishing, webhook deliveries, maintenance) runs exactly once however many instances there are.
 *
 * Why not Payload's own claim: its runner finds free jobs and then marks them `processing` in a
 * second statement (drizzle: find, then update by id; "to reduce the chance" of a double pick-up,
 * as its source says), so two instances polling together can both run the same job.
 *
 * How: time is cut into slots of SLOT_MS. Running jobs in a slot needs the slot's lease row, and
 * creating that row is the election: `slot` is unique, so exactly one instance's insert succeeds,
 * on SQLite and MongoDB alike. The holder claims the next slot half-way through its own, so it
 * keeps the role while alive; when it stops, another instance claims the first free slot (within
 * two slots). An instance stops running jobs LEASE_MARGIN_MS before its last slot ends, so two
 * holders never overlap while their clocks agree to within that margin (NTP).
 */
export const SLOT_MS = 5_000
const LEASE_MARGIN_MS = 750
/** Old slots are removed after a day (they are a record of who ran when, not needed beyond that). */
const KEEP_SLOTS_MS = 24 * 3600 * 1000

const slotOf = (time: number) => Math.floor(time / SLOT_MS)
const slotEnd = (slot: number) => (slot + 1) * SLOT_MS
const slotName = (slot: number) => `jobs:${slot}`

export type RunnerLease = {
  /** This instance's name in the lease rows. */
  readonly holder: string
  /** True when this instance may run jobs now; claims or renews its slot as needed. */
  holds(payload: Payload, now?: number): Promise<boolean>
}

export function createRunnerLease(holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`): RunnerLease {
  const held = new Set<number>()
  /** Slots another instance won (or that failed to be written): not tried again. */
  const missed = new Set<number>()
  let pending: Promise<boolean> | undefined

  async function claim(payload: Payload, slot: number): Promise<void> {
    if (held.has(slot) || missed.has(slot)) return
    try {
      await payload.create({
        collection: JOB_RUNNER_LEASES_SLUG,
        data: { slot: slotName(slot), holder, expiresAt: new Date(slotEnd(slot)).toISOString() },
        overrideAccess: true,
        disableTransaction: true,
      })
      held.add(slot)
      if (slot % 720 === 0) void prune(payload)
    } catch {
      // Another instance holds it (unique slot), or the database refused: either way not ours.
      missed.add(slot)
    }
  }

  async function prune(payload: Payload): Promise<void> {
    await payload
      .delete({
        collection: JOB_RUNNER_LEASES_SLUG,
        where: { expiresAt: { less_than: new Date(Date.now() - KEEP_SLOTS_MS).toISOString() } },
        overrideAccess: true,
      })
      .catch((error: unknown) => payload.logger.warn({ err: error }, 'Could not prune old jobs runner leases'))
  }

  async function decide(payload: Payload, now: number): Promise<boolean> {
    const current = slotOf(now)
    for (const slot of held) if (slot < current) held.delete(slot)
    for (const slot of missed) if (slot < current) missed.delete(slot)
    // A free current slot goes to whoever asks first (the previous holder stopped renewing).
    await claim(payload, current)
    // The holder renews in the second half of its slot, before anyone else may ask.
    if (held.has(current) && now >= slotEnd(current) - SLOT_MS / 2) await claim(payload, current + 1)
    return held.has(current) && (slotEnd(current) - now > LEASE_MARGIN_MS || held.has(current + 1))
  }

  return {
    holder,
    holds(payload, now = Date.now()) {
      // Several crons ask at once: one decision at a time.
      pending ??= decide(payload, now).finally(() => {
        pending = undefined
      })
      return pending
    },
  }
}
