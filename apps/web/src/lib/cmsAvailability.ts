/**
 * Shared knowledge of whether the CMS is reachable, for the data layer's fail-fast. Kept on
 * `globalThis` because route bundles running in the same server process each load this module.
 */

interface AvailabilityState {
  /** Until when (epoch ms) requests should fail fast without trying the CMS. */
  downUntil: number
}

const KEY = Symbol.for('crn.web.cmsAvailability')
type WithState = typeof globalThis & { [KEY]?: AvailabilityState }

function state(): AvailabilityState {
  const holder = globalThis as WithState
  holder[KEY] ??= { downUntil: 0 }
  return holder[KEY]
}

/** How long after a failure requests skip the CMS (then one is let through to try again). */
export const FAIL_FAST_MS = 5000

/** Records that the CMS failed (unreachable, timed out, 5xx). */
export function markCmsDown(now = Date.now()): void {
  state().downUntil = now + FAIL_FAST_MS
}

/** True while a recent failure says the CMS is down. */
export function isCmsMarkedDown(now = Date.now()): boolean {
  return now < state().downUntil
}
