import type { Endpoint } from 'payload'

import { hasEditorialRole } from '../access'
import { findFactsToReview } from '../provenance/factsToReview'

/**
 * `GET /api/facts-to-review`: the editors' list of figures that are overdue for review,
 * undated or unsourced, newest problem first (the admin view "Facts to review" shows it).
 */
export const factsToReviewEndpoint: Endpoint = {
  path: '/facts-to-review',
  method: 'get',
  handler: async (req) => {
    if (!hasEditorialRole({ req })) {
      return Response.json({ errors: [{ message: 'Sign in with an editorial account to see the facts to review.' }] }, { status: req.user ? 403 : 401 })
    }
    const docs = await findFactsToReview(req)
    return Response.json({ docs, totalDocs: docs.length }, { headers: { 'cache-control': 'private, no-store' } })
  },
}
