// @ts-check
import http from 'node:http'

import { createNextRuntimeStripper } from './stripNextRuntime.mjs'

/**
 * Visitors get the site's pages without Next's client runtime (why: ./stripNextRuntime.mjs).
 *
 * Installed before Next starts (./install.mjs, loaded with `node --import` from NODE_OPTIONS: the
 * launcher's `spawnNextStart`, and apps/web/Dockerfile for the standalone server), it wraps the request listener of the HTTP server
 * Next creates, in `next start` and in the standalone `server.js` alike: Next offers no hook on the
 * response body, and a custom server cannot be combined with `output: 'standalone'`.
 *
 * Only HTML answers to a visitor's GET or HEAD are changed. Left whole:
 * - draft mode (an editor's preview: Live Preview refreshes the page through Next's router);
 * - requests from Next's router (`RSC` header), which are data, not HTML;
 * - compressed answers (the edge compresses; next.config turns Next's own compression off).
 * A stripped answer loses its Content-Length (the body is shorter) and is sent chunked.
 */

const DRAFT_MODE_COOKIE = /(?:^|;\s*)__prerender_bypass=/

/** @param {http.IncomingMessage} request */
export function isVisitorPageRequest(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (request.headers.rsc !== undefined) return false
  return !DRAFT_MODE_COOKIE.test(request.headers.cookie ?? '')
}

/**
 * Makes `response` strip Next's runtime from an HTML body written through it. Decided at the first
 * write (the headers are set by then): anything that is not uncompressed HTML passes untouched.
 * @param {http.ServerResponse} response
 */
export function stripRuntimeFromResponse(response) {
  const write = response.write
  const end = response.end
  /** @type {'strip' | 'pass' | undefined} */
  let mode
  const decoder = new TextDecoder()
  const stripper = createNextRuntimeStripper()

  const decide = () => {
    if (mode) return mode
    const isHtml = /^text\/html\b/i.test(String(response.getHeader('content-type') ?? ''))
    const isEncoded = response.getHeader('content-encoding') !== undefined
    // Headers already on the wire with a length the shorter body would contradict: leave it.
    const lengthSent = response.headersSent && response.getHeader('content-length') !== undefined
    mode = isHtml && !isEncoded && !lengthSent ? 'strip' : 'pass'
    if (mode === 'strip' && !response.headersSent) response.removeHeader('content-length')
    return mode
  }
  /** @param {unknown} chunk @param {BufferEncoding | undefined} encoding */
  const textOf = (chunk, encoding) => {
    if (chunk === undefined || chunk === null) return ''
    if (typeof chunk === 'string') return encoding && encoding !== 'utf8' && encoding !== 'utf-8' ? Buffer.from(chunk, encoding).toString('utf8') : chunk
    return decoder.decode(/** @type {Uint8Array} */ (chunk), { stream: true })
  }

  // Node's signatures: write(chunk, [encoding], [callback]) and end([chunk], [encoding], [callback]).
  response.write = /** @type {typeof response.write} */ (
    function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
      if (decide() === 'pass') return write.apply(this, /** @type {any} */ (arguments))
      if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
      const out = stripper.push(textOf(chunk, encoding))
      if (out) return write.call(this, out, 'utf8', callback)
      if (callback) process.nextTick(callback)
      return true
    }
  )
  response.end = /** @type {typeof response.end} */ (
    function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
      if (decide() === 'pass') return end.apply(this, /** @type {any} */ (arguments))
      if (typeof chunk === 'function') [callback, chunk, encoding] = [chunk, undefined, undefined]
      else if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined]
      const out = stripper.push(textOf(chunk, encoding) + decoder.decode()) + stripper.end()
      return end.call(this, out, 'utf8', callback)
    }
  )
}

/** Wraps the request listener of every HTTP server created from now on (in the site: Next's one). */
export function installVisitorHtml() {
  const createServer = http.createServer
  http.createServer = /** @type {typeof http.createServer} */ (
    function (/** @type {any[]} */ ...args) {
      const index = args.findIndex((arg) => typeof arg === 'function')
      if (index !== -1) {
        const listener = args[index]
        args[index] = function (/** @type {http.IncomingMessage} */ request, /** @type {http.ServerResponse} */ response) {
          if (isVisitorPageRequest(request)) stripRuntimeFromResponse(response)
          return listener.call(this, request, response)
        }
      }
      return createServer.apply(http, /** @type {any} */ (args))
    }
  )
}
