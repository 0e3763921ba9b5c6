import type { Endpoint } from 'payload'

const DATABASE_TIMEOUT_MS = 2000

/**
 * `GET /api/health`: 200 `{status:"ok",db:"ok"}` when the database answers,
 * 503 otherwise. Uses a count through Payload, so it works on every adapter.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    try {
      await Promise.race([
        req.payload.count({ collection: 'users', overrideAccess: true }),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database timeout')), DATABASE_TIMEOUT_MS).unref()),
      ])
      return Response.json({ status: 'ok', db: 'ok' }, { headers })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Health check: database unreachable' })
      return Response.json({ status: 'error', db: 'unreachable' }, { status: 503, headers })
    }
  },
}
