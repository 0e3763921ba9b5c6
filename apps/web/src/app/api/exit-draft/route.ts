import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { isSitePath, PREVIEW_ORIGIN_COOKIE, PREVIEW_TOKEN_COOKIE, PRIVATE_NO_STORE } from '../draft/previewSession'

/** GET /api/exit-draft?path=/en/… — ends the draft session (cookies gone) and returns to the public page. */
export async function GET(request: NextRequest): Promise<Response> {
  const requested = request.nextUrl.searchParams.get('path') ?? '/'
  const path = isSitePath(requested) ? requested : '/'
  ;(await draftMode()).disable()
  // A relative Location keeps the browser on the host it used (the cookies were set for that host).
  const response = new NextResponse(null, { status: 307, headers: { location: path } })
  response.cookies.delete(PREVIEW_TOKEN_COOKIE)
  response.cookies.delete(PREVIEW_ORIGIN_COOKIE)
  response.headers.set('cache-control', PRIVATE_NO_STORE)
  return response
}
