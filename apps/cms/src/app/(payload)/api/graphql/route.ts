import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withGraphQLApi } from '../../../../api/http/withGraphQLApi'
import { requireJsonObjectBody } from '../../../../lib/jsonBodyGuard'

// withGraphQLApi: body limits, batches, 400 for failed requests, caching of anonymous GET queries.
export const POST = withGraphQLApi(config, requireJsonObjectBody(GRAPHQL_POST(config)))
// Queries over GET (graphql-http refuses mutations over GET), so anonymous readers can cache them.
export const GET = withGraphQLApi(config, GRAPHQL_POST(config))
export const OPTIONS = withGraphQLApi(config, REST_OPTIONS(config))
