import net from 'node:net'

import { createClient } from '@libsql/client'
import { describe, expect, it } from '@jest/globals'

import { randomSecret, spawnNextStart, waitForHttp } from '../../../../packages/launcher/src/servers.mjs'
import { cmsPort, databaseFile, http } from '../helpers/httpCms'

/** A TCP port nothing listens on (bound once by us, then released). */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  return port
}

describe('GET /api/health', () => {
  it('answers 200 {"status":"ok","db":"ok"}, never cached', async () => {
    const response = await http('GET', '/api/health')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ status: 'ok', db: 'ok' })
    expect(response.headers.get('cache-control')).toContain('no-store')
  })

  it('answers 503 while another process holds the SQLite database locked, and 200 once it is free', async () => {
    // An exclusive lock makes every query of the CMS fail with SQLITE_BUSY: to the CMS
    // the database is as unavailable as a file on a vanished disk, but reversibly.
    const locker = createClient({ url: `file:${databaseFile()}` })
    try {
      await locker.execute('BEGIN EXCLUSIVE')
      const locked = await http('GET', '/api/health')
      expect(locked.status).toBe(503)
      expect(locked.body).toEqual({ status: 'error', db: 'unreachable' })
    } finally {
      await locker.execute('ROLLBACK')
      locker.close()
    }
    const free = await http('GET', '/api/health')
    expect(free.status).toBe(200)
  })

  it('answers 503 from a CMS that cannot reach its MongoDB at all', async () => {
    const port = cmsPort() + 1
    const mongoUri = `mongodb://127.0.0.1:${await closedPort()}/crn_health?serverSelectionTimeoutMS=500&connectTimeoutMS=500`
    const server = spawnNextStart({
      app: 'cms',
      port,
      label: 'cms-without-db',
      quiet: true,
      env: {
        DATABASE_URI: mongoUri,
        CMS_URL: `http://127.0.0.1:${port}`,
        CMS_PORT: String(port),
        PAYLOAD_SECRET: randomSecret(),
        REVALIDATE_SECRET: randomSecret(),
        SEED_ON_START: 'false',
      },
    })
    try {
      const response = await waitForHttp(`http://127.0.0.1:${port}/api/health`, { expectStatus: 503, timeoutMs: 45_000 })
      expect(await response.json()).toEqual({ status: 'error', db: 'unreachable' })
    } catch (error) {
      throw new Error(`${(error as Error).message}\n--- CMS output ---\n${server.output().slice(-3000)}`, { cause: error })
    } finally {
      await server.stop()
    }
  })
})
