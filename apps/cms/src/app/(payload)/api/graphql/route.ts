import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { requireJsonObjectBody } from '../../../../lib/jsonBodyGuard'

export const POST = requireJsonObjectBody(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
