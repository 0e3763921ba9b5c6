import { createHmac } from 'node:crypto'

import { cookies, draftMode } from 'next/headers'

import { env } from '@/env'
import { secretsMatch } from '@/lib/secretsMatch'

/**
 * Draft mode for editors, shared by the draft-mode routes and the data layer.
 *
 * The CMS mints preview links `/api/draft?path&origin&token&signature` (see the CMS's
 * lib/preview/previewUrl.ts): `signature` = HMAC-SHA256(REVALIDATE_SECRET,
 * "preview\n" + path + "\n" + origin), so only the CMS can make one and neither the
 * page nor the origin can be swapped. The editor's own Payload token travels with it;
 * the site checks it with the CMS, keeps it in an HttpOnly cookie for the draft session
 * and sends it when reading drafts, so a preview shows exactly what that editor may see.
 */

/** HttpOnly cookie holding the editor's CMS token while draft mode is on. */
export const PREVIEW_TOKEN_COOKIE = 'crn-preview-token'
/** HttpOnly cookie holding the CMS origin the live-preview listener accepts messages from. */
export const PREVIEW_ORIGIN_COOKIE = 'crn-preview-origin'

/** Responses that belong to one editor's draft session: never stored by any cache. */
export const PRIVATE_NO_STORE = 'private, no-store, max-age=0'

export type PreviewSession = { token: string; cmsOrigin: string }

export function previewSignature(path: string, origin: string, secret: string = env.REVALIDATE_SECRET): string {
  return createHmac('sha256', secret).update(`preview\n${path}\n${origin}`).digest('hex')
}

export function isValidPreviewSignature(path: string, origin: string, signature: string): boolean {
  return secretsMatch(signature, previewSignature(path, origin))
}

/** A path on this site (`/en/...`), never another host (`//evil`, `/\evil`, `https://…`). */
export function isSitePath(value: string): boolean {
  const hasControlCharacter = [...value].some((character) => character.charCodeAt(0) < 0x20)
  return value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') && !hasControlCharacter && value.length <= 2000
}

/** `value` when it is exactly an http(s) origin, else null. */
export function originOrNull(value: string): string | null {
  if (!URL.canParse(value)) return null
  const url = new URL(value)
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value ? url.origin : null
}

/**
 * The current request's draft session, or null for every public request. Reads cookies
 * only once draft mode is on, so public pages stay static (ISR).
 */
export async function getPreviewSession(): Promise<PreviewSession | null> {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  const store = await cookies()
  const token = store.get(PREVIEW_TOKEN_COOKIE)?.value
  const cmsOrigin = store.get(PREVIEW_ORIGIN_COOKIE)?.value
  if (!token || !cmsOrigin) return null
  return { token, cmsOrigin }
}

/**
 * A `fetch` for the content client: in a draft session, GET reads ask the CMS for
 * drafts (`draft=true`) with the editor's token and bypass Next's data cache entirely
 * (`no-store`, no tags), so a draft never lands in the cache public pages are built
 * from; outside draft mode it is plain `fetch`, unchanged.
 */
export async function draftAwareFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const session = await getPreviewSession()
  if (!session) return fetch(input, init)
  const url = new URL(input instanceof Request ? input.url : input.toString())
  const method = (init.method ?? 'GET').toUpperCase()
  if (method === 'GET') url.searchParams.set('draft', 'true')
  const headers = new Headers(init.headers)
  headers.set('Authorization', `JWT ${session.token}`)
  const { next: _cacheHints, ...rest } = init as RequestInit & { next?: unknown }
  return fetch(url, { ...rest, headers, cache: 'no-store' })
}
