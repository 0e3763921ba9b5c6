/**
 * The edge's micro-cache while a copy is being refreshed, against the real nginx with the template as
 * the launcher renders it. The site instance behind it is a plain HTTP server of this test that holds
 * a page's answer until the test lets it go, so "during the refresh" is an event, not a timing guess.
 *
 * Why it matters (issue 9's fixed-rate p97.5): with the cache lock alone, every request for a page
 * that arrives while its copy is refreshed queued behind that refresh, once a second per page.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startEdge } from '../../../../packages/launcher/src/edge.mjs'

interface HeldRequest {
  url: string
  release: (body: string) => void
}

/** A stand-in site instance: each request waits in `held` until the test answers it. */
function holdingOrigin() {
  const held: HeldRequest[] = []
  const waiters: Array<() => void> = []
  const server = http.createServer((request, response) => {
    held.push({
      url: request.url ?? '',
      release: (body) => {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 's-maxage=31536000' })
        response.end(body)
      },
    })
    for (const wake of waiters.splice(0)) wake()
  })
  /** Resolves with the next request the origin receives (or one already waiting). */
  const nextRequest = async (): Promise<HeldRequest> => {
    while (!held.length) await new Promise<void>((resolve) => waiters.push(resolve))
    return held.shift() as HeldRequest
  }
  return { server, nextRequest, pending: () => held.length }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = http.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })

const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'crn-edge-updating-'))
const origin = holdingOrigin()
let edge: Awaited<ReturnType<typeof startEdge>>

beforeAll(async () => {
  await new Promise<void>((resolve) => origin.server.listen(0, '127.0.0.1', resolve))
  const originPort = (origin.server.address() as AddressInfo).port
  const [cmsPort, webPort] = [await freePort(), await freePort()]
  edge = await startEdge({
    prefix,
    host: '127.0.0.1',
    cmsPort,
    webPort,
    cmsUpstreams: [`127.0.0.1:${originPort}`],
    webUpstreams: [`127.0.0.1:${originPort}`],
    cmsOrigin: `http://127.0.0.1:${cmsPort}`,
    quiet: true,
  })
})

afterAll(async () => {
  await edge?.stop()
  await new Promise((resolve) => origin.server.close(resolve))
  fs.rmSync(prefix, { recursive: true, force: true })
})

async function ask(pathname: string) {
  const response = await fetch(new URL(pathname, edge.webUrl), { signal: AbortSignal.timeout(20_000) })
  return { status: response.status, cache: response.headers.get('x-edge-cache'), body: await response.text() }
}

describe('a page copy past its freshness', () => {
  it('is refreshed by the first request, which waits for the site; requests meanwhile get the previous copy at once', async () => {
    const pathname = '/en/research'
    const first = ask(pathname)
    ;(await origin.nextRequest()).release('<p>version 1</p>')
    expect(await first).toEqual({ status: 200, cache: 'MISS', body: '<p>version 1</p>' })

    // Past the edge's 1 s freshness (nginx counts whole seconds: at most 2 s).
    await new Promise((resolve) => setTimeout(resolve, 2100))

    const refresh = ask(pathname)
    const refreshAtOrigin = await origin.nextRequest()
    expect(refreshAtOrigin.url).toBe(pathname)

    // The refresh is still held at the site: these answer without it, from the previous copy.
    const during = await Promise.all([ask(pathname), ask(pathname), ask(pathname)])
    expect(during).toEqual(Array.from({ length: 3 }, () => ({ status: 200, cache: 'UPDATING', body: '<p>version 1</p>' })))
    expect(origin.pending()).toBe(0)

    refreshAtOrigin.release('<p>version 2</p>')
    expect(await refresh).toEqual({ status: 200, cache: 'EXPIRED', body: '<p>version 2</p>' })
    expect(await ask(pathname)).toEqual({ status: 200, cache: 'HIT', body: '<p>version 2</p>' })
  })
})
