import type { Payload } from 'payload'

const DATABASE_TIMEOUT_MS = 2000
const headers = { 'Cache-Control': 'no-store' }

/**
 * The health answer: 200 `{status:"ok",db:"ok"}` when Payload is up and its database
 * answers a count within 2 s, 503 otherwise. `loadPayload` may still have to start
 * Payload — and fail to, e.g. when MongoDB is unreachable at boot — so that is inside
 * the timeout too: a health check must answer 503 then, not a 500 or a hang.
 */
export async function healthResponse(loadPayload: () => Promise<Payload>): Promise<Response> {
  let payload: Payload | undefined
  const check = async () => {
    payload = await loadPayload()
    await payload.count({ collection: 'users', overrideAccess: true })
  }
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${DATABASE_TIMEOUT_MS} ms`)), DATABASE_TIMEOUT_MS).unref()),
    ])
    return Response.json({ status: 'ok', db: 'ok' }, { headers })
  } catch (error) {
    const message = payload ? 'Health check: database unreachable' : 'Health check: Payload not started (database unreachable or still starting)'
    if (payload) payload.logger.error({ err: error, msg: message })
    else console.error(message, error)
    return Response.json({ status: 'error', db: 'unreachable' }, { status: 503, headers })
  }
}
