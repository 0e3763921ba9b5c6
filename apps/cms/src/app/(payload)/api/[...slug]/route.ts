import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withRestApi } from '../../../../api/http/withRestApi'
import { requireJsonObjectBody } from '../../../../lib/jsonBodyGuard'

// withRestApi: the content API's limits, error shape and HTTP caching (docs/content-api.md).
export const GET = withRestApi(config, REST_GET(config))
// HEAD answers like GET without a body (status, Cache-Control, ETag), for caches and link checkers.
export const HEAD = withRestApi(config, REST_GET(config))
export const POST = withRestApi(config, requireJsonObjectBody(REST_POST(config)))
export const DELETE = withRestApi(config, REST_DELETE(config))
export const PATCH = withRestApi(config, requireJsonObjectBody(REST_PATCH(config)))
export const PUT = withRestApi(config, requireJsonObjectBody(REST_PUT(config)))
export const OPTIONS = withRestApi(config, REST_OPTIONS(config))
