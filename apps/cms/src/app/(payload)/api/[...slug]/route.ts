import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { contentApiRoute } from '../../../../api/pipeline/contentApiRoute'

// The content API's one pipeline (api/pipeline/contentApiRoute.ts): limits, one error shape, HTTP caching (docs/content-api.md).
export const GET = contentApiRoute(config, REST_GET(config), 'rest')
// HEAD answers like GET without a body (status, Cache-Control, ETag), for caches and link checkers.
export const HEAD = contentApiRoute(config, REST_GET(config), 'rest')
export const POST = contentApiRoute(config, REST_POST(config), 'rest')
export const DELETE = contentApiRoute(config, REST_DELETE(config), 'rest')
export const PATCH = contentApiRoute(config, REST_PATCH(config), 'rest')
export const PUT = contentApiRoute(config, REST_PUT(config), 'rest')
export const OPTIONS = contentApiRoute(config, REST_OPTIONS(config), 'rest')
