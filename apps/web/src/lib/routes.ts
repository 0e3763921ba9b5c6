/**
 * The site's addresses come from the shared map of the site (packages/site-contract), the same
 * code the CMS builds preview, revalidation and redirect addresses with.
 */
export { missingPath, notFoundPagePath, paths, resolvePublicPath, SEGMENTS, toPublicPath, type ProjectIndexQuery, type ResolvedPath, type SegmentName } from '@crn/site-contract'
