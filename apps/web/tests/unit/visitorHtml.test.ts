import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { createNextRuntimeStripper, stripNextRuntime } from '../../visitor-html/stripNextRuntime.mjs'
import { isVisitorPageRequest, stripRuntimeFromResponse } from '../../visitor-html/visitorHtml.mjs'

/** A page as Next 16 (Turbopack) writes it, cut down: what goes and what stays. */
const head =
  '<!DOCTYPE html><html lang="nb-NO"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/30i2.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/41mp.js"/>' +
  '<script src="/_next/static/chunks/448u.js" async=""></script>' +
  '<link rel="canonical" href="https://www.example.org/nb/forskning"/>' +
  '<script type="application/ld+json">{"@context":"https://schema.org","name":"Forskning – å lære"}</script>' +
  '<script src="/_next/static/chunks/polyfill.js" noModule=""></script></head>'
const body =
  '<body><a href="#main" class="skip-link">Hopp til innhold</a><main id="main"><h1>Forskning</h1><p class="lead">Kreftregisteret – æ, ø og å.</p></main>' +
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/41mp.js"]})</script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:[\\"$\\",\\"p\\",null,{\\"children\\":\\"\\u003c/p\\u003e\\"}]"])</script>' +
  '<script>$RC=function(b,c){/* React completes a streamed boundary */}</script>' +
  '</body></html>'
const page = head + body
const visitorPage =
  '<!DOCTYPE html><html lang="nb-NO"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/30i2.css" data-precedence="next"/>' +
  '<link rel="canonical" href="https://www.example.org/nb/forskning"/>' +
  '<script type="application/ld+json">{"@context":"https://schema.org","name":"Forskning – å lære"}</script>' +
  '</head>' +
  '<body><a href="#main" class="skip-link">Hopp til innhold</a><main id="main"><h1>Forskning</h1><p class="lead">Kreftregisteret – æ, ø og å.</p></main>' +
  '<script>$RC=function(b,c){/* React completes a streamed boundary */}</script>' +
  '</body></html>'

describe("stripping Next's client runtime from a page", () => {
  test('removes the runtime, its page data and its preloads; keeps stylesheets, links, other scripts and all markup', () => {
    expect(stripNextRuntime(page)).toBe(visitorPage)
  })

  test('gives the same page however the document is cut into pieces on its way', () => {
    for (let cut = 0; cut <= page.length; cut += 1) {
      const stripper = createNextRuntimeStripper()
      const out = stripper.push(page.slice(0, cut)) + stripper.push(page.slice(cut)) + stripper.end()
      expect({ cut, same: out === visitorPage }).toEqual({ cut, same: true })
    }
    const stripper = createNextRuntimeStripper()
    let out = ''
    for (const character of page) out += stripper.push(character)
    expect(out + stripper.end()).toBe(visitorPage)
  })

  test('reads tags and attributes in any case and quoting', () => {
    expect(stripNextRuntime("<SCRIPT SRC='/_next/static/chunks/a.js'></SCRIPT><LINK REL=modulepreload HREF=/_next/static/chunks/b.js><p>x</p>")).toBe('<p>x</p>')
  })

  test('leaves scripts and preloads from anywhere else alone', () => {
    const other = '<script src="/scripts/analytics.js"></script><link rel="preload" as="script" href="https://cdn.example.org/x.js"><scripted>text</scripted>'
    expect(stripNextRuntime(other)).toBe(other)
  })

  test('passes an unfinished element at the end through rather than dropping it', () => {
    expect(stripNextRuntime('<p>a</p><script>self.__next_f.push([1,"x"')).toBe('<p>a</p><script>self.__next_f.push([1,"x"')
    expect(stripNextRuntime('<p>a</p><scr')).toBe('<p>a</p><scr')
  })
})

describe('which requests get the visitor page', () => {
  const request = (method: string, headers: Record<string, string> = {}) => ({ method, headers }) as unknown as http.IncomingMessage
  test.each([
    ['a visitor’s GET', request('GET'), true],
    ['a HEAD', request('HEAD', { cookie: 'theme=dark' }), true],
    ['draft mode (an editor’s preview)', request('GET', { cookie: 'theme=dark; __prerender_bypass=abc' }), false],
    ["Next's router asking for page data", request('GET', { rsc: '1' }), false],
    ['a POST', request('POST'), false],
  ])('%s', (_, incoming, expected) => {
    expect(isVisitorPageRequest(incoming)).toBe(expected)
  })
})

describe('an HTTP answer through the hook (a real server)', () => {
  let server: http.Server
  let origin = ''

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (isVisitorPageRequest(request)) stripRuntimeFromResponse(response)
      if (request.url === '/data.json') {
        const json = JSON.stringify({ html: '<script src="/_next/static/chunks/a.js"></script>' })
        response.setHeader('Content-Type', 'application/json')
        response.setHeader('Content-Length', Buffer.byteLength(json))
        response.end(json)
        return
      }
      const bytes = Buffer.from(page)
      response.setHeader('Content-Type', 'text/html; charset=utf-8')
      if (request.url === '/whole') {
        // As Next sends a cached page: the length of the body as it had it.
        response.setHeader('Content-Length', bytes.length)
        response.end(bytes)
        return
      }
      // Streamed in pieces of 7 bytes, so multi-byte characters (å, æ, ø, –) are cut in two.
      response.flushHeaders()
      for (let at = 0; at < bytes.length; at += 7) response.write(bytes.subarray(at, at + 7))
      response.end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(() => new Promise((resolve) => server.close(resolve)))

  test.each(['/whole', '/streamed'])('a visitor gets %s without the runtime, with no stale Content-Length', async (pathname) => {
    const response = await fetch(`${origin}${pathname}`)
    expect(response.headers.get('content-length')).toBeNull()
    expect(await response.text()).toBe(visitorPage)
  })

  test('an editor in draft mode gets the page as Next wrote it', async () => {
    const response = await fetch(`${origin}/whole`, { headers: { cookie: '__prerender_bypass=abc' } })
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(page)))
    expect(await response.text()).toBe(page)
  })

  test('an answer that is not HTML passes untouched', async () => {
    const response = await fetch(`${origin}/data.json`)
    expect(await response.json()).toEqual({ html: '<script src="/_next/static/chunks/a.js"></script>' })
  })
})
