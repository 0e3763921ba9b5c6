import { PREVIEW_AUTH_SCHEME } from '@crn/site-contract/preview-token'
import { cookies, draftMode } from 'next/headers'

/**
 * Draft mode for editors, shared by the draft-mode routes and the data layer.
 *
 * The CMS mints preview links `/api/draft?token=…` (see the CMS's lib/preview/previewUrl.ts)
 * with a short-lived preview token signed with PREVIEW_SECRET. The site keeps the token in an
 * HttpOnly cookie for the draft session and reads drafts with it
 * (`Authorization: CRN-Preview <token>`); the CMS accepts it for reading and nothing else.
 * The editor's own CMS session never reaches the site.
 */

/** HttpOnly cookie holding the preview token while draft mode is on. */
export const PREVIEW_TOKEN_COOKIE = 'crn-preview-token'
/** HttpOnly cookie holding the CMS origin the live-preview listener accepts messages from. */
export const PREVIEW_ORIGIN_COOKIE = 'crn-preview-origin'

/** Responses that belong to one editor's draft session: never stored by any cache. */
export const PRIVATE_NO_STORE = 'private, no-store, max-age=0'

export type PreviewSession = { token: string; cmsOrigin: string }

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
 * drafts (`draft=true`) with the preview token and bypass Next's data cache entirely
 * (`no-store`, no tags), so a draft never lands in the cache public pages are built
 * from; outside draft mode it is plain `fetch`, unchanged. Other requests (GraphQL
 * search) carry no credential: the preview token reads through REST only.
 */
export async function draftAwareFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const session = await getPreviewSession()
  if (!session) return fetch(input, init)
  const url = new URL(input instanceof Request ? input.url : input.toString())
  const method = (init.method ?? 'GET').toUpperCase()
  if (method !== 'GET') return fetch(input, init)
  url.searchParams.set('draft', 'true')
  const headers = new Headers(init.headers)
  headers.set('Authorization', `${PREVIEW_AUTH_SCHEME} ${session.token}`)
  const { next: _cacheHints, ...rest } = init as RequestInit & { next?: unknown }
  return fetch(url, { ...rest, headers, cache: 'no-store' })
}
