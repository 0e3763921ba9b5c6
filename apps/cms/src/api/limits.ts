/**
 * The published limits of the content API (docs/content-api.md lists them for consumers).
 * Signed-in editors (the admin UI) are exempt from the read limits; anonymous readers and
 * service API keys are not.
 */
export const API_LIMITS = {
  /** Largest page (`limit`) a public or service read may ask for. `limit=0` ("everything") is refused. */
  maxPageSize: 100,
  /** Deepest relationship population (`depth`) for public and service reads. */
  maxDepth: 2,
  /** Largest JSON or form body, in bytes (REST writes, GraphQL documents). */
  maxJsonBodyBytes: 1024 * 1024,
  /** Largest multipart body (uploads through the admin), in bytes; the media collection sets the file limits. */
  maxMultipartBodyBytes: 50 * 1024 * 1024,
  /** Longest request URL (path and query string), in characters. */
  maxUrlLength: 8 * 1024,
  /** GraphQL: the cost ceiling of one operation (1 per field, 10 per relationship or join). */
  maxGraphQLComplexity: 600,
  /** GraphQL: top-level fields (including aliases of the same query) in one operation. */
  maxGraphQLRootFields: 10,
  /** GraphQL: operations in one batched request (a JSON array of operations). */
  maxGraphQLBatchSize: 5,
} as const
