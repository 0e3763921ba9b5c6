/** Liveness of the site itself (not of the CMS): the test harness and Docker wait on it. */
export const dynamic = 'force-dynamic'

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } })
}
