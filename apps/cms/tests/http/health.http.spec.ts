import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { randomSecret, spawnNextStart, waitForHttp } from '../../../../packages/launcher/src/servers.mjs'
import { cmsPort, http } from '../helpers/httpCms'

/** A TCP port nothing listens on (bound once by us, then released). */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  return port
}

/** Starts a second built CMS (port CMS_TEST_PORT + offset) on `databaseUri` and expects /api/health to answer 503. */
async function expectUnhealthy(databaseUri: string, portOffset: number): Promise<void> {
  const port = cmsPort() + portOffset
  const server = spawnNextStart({
    app: 'cms',
    port,
    label: `cms-without-db-${portOffset}`,
    quiet: true,
    env: {
      DATABASE_URI: databaseUri,
      CMS_URL: `http://127.0.0.1:${port}`,
      CMS_PORT: String(port),
      PAYLOAD_SECRET: randomSecret(),
      REVALIDATE_SECRET: randomSecret(),
      PREVIEW_SECRET: randomSecret(),
      SEED_ON_START: 'false',
    },
  })
  try {
    const response = await waitForHttp(`http://127.0.0.1:${port}/api/health`, { expectStatus: 503, timeoutMs: 45_000 })
    expect(await response.json()).toEqual({ status: 'error', db: 'unreachable' })
    // Still 503 on the next request: Payload retries starting, and fails again.
    const again = await fetch(`http://127.0.0.1:${port}/api/health`)
    expect(again.status).toBe(503)
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- CMS output ---\n${server.output().slice(-3000)}`, { cause: error })
  } finally {
    await server.stop()
  }
}

describe('GET /api/health', () => {
  it('answers 200 {"status":"ok","db":"ok"}, never cached', async () => {
    const response = await http('GET', '/api/health')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ status: 'ok', db: 'ok' })
    expect(response.headers.get('cache-control')).toContain('no-store')
  })

  // A running CMS keeps its SQLite file open (in WAL mode, so no lock keeps readers
  // out either): the database can only be unreachable when the CMS starts. These CMSs
  // start against a database they cannot reach and must say so with 503, not a 500.
  it('answers 503 from a CMS that cannot reach its MongoDB at all', async () => {
    const mongoUri = `mongodb://127.0.0.1:${await closedPort()}/crn_health?serverSelectionTimeoutMS=500&connectTimeoutMS=500`
    await expectUnhealthy(mongoUri, 1)
  })

  it('answers 503 from a CMS whose SQLite database cannot be opened', async () => {
    // The path names a directory, which SQLite cannot open as a database file.
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'crn-not-a-database-'))
    try {
      await expectUnhealthy(`file:${directory}`, 2)
    } finally {
      fs.rmSync(directory, { recursive: true, force: true })
    }
  })
})
