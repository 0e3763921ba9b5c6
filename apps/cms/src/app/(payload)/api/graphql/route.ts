import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { contentApiRoute } from '../../../../api/pipeline/contentApiRoute'

// The content API's one pipeline (api/pipeline/contentApiRoute.ts): limits, one error shape, caching.
export const POST = contentApiRoute(config, GRAPHQL_POST(config), 'graphql')
// Queries over GET (graphql-http refuses mutations over GET), so anonymous readers can cache them.
export const GET = contentApiRoute(config, GRAPHQL_POST(config), 'graphql')
export const OPTIONS = contentApiRoute(config, REST_OPTIONS(config), 'graphql')
