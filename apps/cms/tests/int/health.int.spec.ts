import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'

let booted: BootedPayload
let healthGet: () => Promise<Response>

beforeAll(async () => {
  booted = await bootPayload('health')
  const route = await import('../../src/app/(payload)/api/health/route')
  healthGet = route.GET
})
afterAll(async () => {
  await booted.shutdown()
})

describe('GET /api/health (the Next.js route, in-process)', () => {
  it('answers 200 while the database answers, and 503 once its connection is gone', async () => {
    const healthy = await healthGet()
    expect(healthy.status).toBe(200)
    expect(await healthy.json()).toEqual({ status: 'ok', db: 'ok' })
    expect(healthy.headers.get('cache-control')).toBe('no-store')

    // Closing the adapter's connection is what a vanished database server looks like to Payload.
    await booted.payload.db.destroy?.()
    const unhealthy = await healthGet()
    expect(unhealthy.status).toBe(503)
    expect(await unhealthy.json()).toEqual({ status: 'error', db: 'unreachable' })
  })
})
