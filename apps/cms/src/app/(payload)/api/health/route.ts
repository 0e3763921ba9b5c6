import config from '@payload-config'
import { getPayload } from 'payload'

import { healthResponse } from '../../../../endpoints/health'

/**
 * `GET /api/health`, outside Payload's REST router: that router needs a started Payload
 * and answers 500 when it cannot start, where a health check must answer 503.
 */
// `cron: true` as Payload's own REST router does: the first request may be this one.
export const GET = () => healthResponse(() => getPayload({ config, cron: true }))

export const dynamic = 'force-dynamic'
