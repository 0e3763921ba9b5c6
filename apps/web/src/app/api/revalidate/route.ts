import { isContentTag } from '@crn/content-client'
import { revalidateTag } from 'next/cache'
import { z } from 'zod'

import { env } from '@/env'
import { secretsMatch } from '@/lib/secretsMatch'

/** Header carrying the shared secret (the CMS's revalidation hooks send it). */
export const REVALIDATE_SECRET_HEADER = 'x-revalidate-secret'

const bodySchema = z.object({
  tags: z
    .array(z.string().refine(isContentTag, { message: 'not a content tag (e.g. "collection:projects", "doc:projects:7", "global:navigation")' }))
    .min(1)
    .max(100),
})

const json = (status: number, body: unknown) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

/**
 * Refreshes cached pages and data carrying the given tags. 401 without the secret, 403 with a
 * wrong one, 400 for a bad body. Pages are refreshed stale-while-revalidate: the next visit still
 * gets the cached page and triggers a re-render, so a CMS outage never replaces a page with an error.
 */
export async function POST(request: Request): Promise<Response> {
  const secret = request.headers.get(REVALIDATE_SECRET_HEADER) ?? request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? null
  if (!secret) return json(401, { error: `Missing ${REVALIDATE_SECRET_HEADER} header` })
  if (!secretsMatch(secret, env.REVALIDATE_SECRET)) return json(403, { error: 'Wrong revalidation secret' })

  let payload: unknown
  try {
    payload = await request.json()
  } catch {
    return json(400, { error: 'The body must be JSON: { "tags": ["collection:projects", …] }' })
  }
  const parsed = bodySchema.safeParse(payload)
  if (!parsed.success) {
    return json(400, { error: 'Invalid body', issues: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`) })
  }
  const tags = [...new Set(parsed.data.tags)]
  // Expired at once, not stale-while-revalidate ('max'): the next render reads the CMS again instead
  // of being handed the old answer once. With 'max', a project published a moment ago whose address
  // had answered 404 rendered its body from the fresh answer and its <title> from the stale, empty
  // slug lookup (the browser suite, 3 runs in 7). The edge still answers from its copies meanwhile.
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return json(200, { revalidated: true, tags, now: Date.now() })
}
