import type { Endpoint, Payload } from 'payload'

import { generateOpenApiDocument, type OpenApiDocument } from '../api/openapi/generateOpenApi'

/** The configuration does not change while the process runs: generate once per Payload instance. */
const documents = new WeakMap<Payload, OpenApiDocument>()

export function openApiDocumentFor(payload: Payload): OpenApiDocument {
  let document = documents.get(payload)
  if (!document) {
    document = generateOpenApiDocument(payload)
    documents.set(payload, document)
  }
  return document
}

/** `GET /api/openapi.json`: the OpenAPI 3.1 document of the public read API, generated from the configuration. */
export const openApiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: (req) => Promise.resolve(Response.json(openApiDocumentFor(req.payload))),
}
