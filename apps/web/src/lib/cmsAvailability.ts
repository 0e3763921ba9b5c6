/**
 * Shared knowledge of whether the CMS is reachable, used by the proxy's outage guard and by the
 * data layer's fail-fast. Kept on `globalThis` because the proxy and the pages are separate
 * bundles running in the same server process.
 */

interface AvailabilityState {
  /** Until when (epoch ms) requests should fail fast without trying the CMS. */
  downUntil: number
  /** When the last health probe ran and what it found. */
  probedAt: number
  probeUp: boolean
  probe?: Promise<boolean>
}

const KEY = Symbol.for('crn.web.cmsAvailability')
type WithState = typeof globalThis & { [KEY]?: AvailabilityState }

function state(): AvailabilityState {
  const holder = globalThis as WithState
  holder[KEY] ??= { downUntil: 0, probedAt: 0, probeUp: true }
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

/**
 * Asks the CMS's health endpoint (at most once per `maxAgeMs`, with a short timeout) whether it is up.
 * A failed probe also marks the CMS down for the data layer.
 */
export async function probeCms(cmsUrl: string, { maxAgeMs = 1000, timeoutMs = 700 } = {}): Promise<boolean> {
  const current = state()
  const now = Date.now()
  if (now - current.probedAt < maxAgeMs) return current.probeUp
  current.probe ??= (async () => {
    let up: boolean
    try {
      const response = await fetch(`${cmsUrl}/api/health`, { signal: AbortSignal.timeout(timeoutMs), cache: 'no-store' })
      up = response.ok
      // Drain the body so the connection can be reused.
      await response.arrayBuffer()
    } catch (error) {
      up = false
      console.warn(`[web] CMS health probe failed: ${error instanceof Error ? error.message : String(error)}`)
    }
    current.probedAt = Date.now()
    current.probeUp = up
    if (!up) markCmsDown()
    return up
  })().finally(() => {
    current.probe = undefined
  })
  return current.probe
}
