import { ContentApiError, type ContentClientError, ContentNetworkError } from '@crn/content-client'

/**
 * Shared knowledge of whether the CMS is reachable, for the data layer's fail-fast. Kept on
 * `globalThis` because route bundles running in the same server process each load this module.
 *
 * Only evidence of an outage counts: the CMS could not be reached (connection refused or reset)
 * or its gateway said it is unavailable (502/503/504). A slow answer is not an outage: under load
 * a read may run past CMS_TIMEOUT_MS while the CMS is up, and treating that as "down" turned every
 * page render of the next seconds into an error page. Reads the guard itself cut short are not
 * evidence either; counting them kept the CMS "down" for as long as visitors kept coming.
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

/** How long after a failure requests skip the CMS (then the next one tries it again). */
export const FAIL_FAST_MS = 5000

/** The reason a read was cut short because the CMS is marked down (never itself a sign of an outage). */
export class CmsMarkedDownError extends Error {
  constructor() {
    super('The CMS is marked down: not tried')
    this.name = 'CmsMarkedDownError'
  }
}

/** Records that the CMS failed (unreachable or unavailable). */
export function markCmsDown(now = Date.now()): void {
  state().downUntil = now + FAIL_FAST_MS
}

/** True while a recent failure says the CMS is down. */
export function isCmsMarkedDown(now = Date.now()): boolean {
  return now < state().downUntil
}

/** Gateway answers meaning "the CMS is not there", unlike a 500 for one request. */
const UNAVAILABLE_STATUSES = new Set([502, 503, 504])

/**
 * Whether a failed read shows the CMS is down: it could not be reached, or answered that it is
 * unavailable. Timeouts (slow, not down), other errors, and reads the guard cut short do not.
 */
export function showsCmsOutage(error: ContentClientError): boolean {
  if (error instanceof ContentNetworkError) return !(error.cause instanceof CmsMarkedDownError)
  return error instanceof ContentApiError && UNAVAILABLE_STATUSES.has(error.status)
}
