export { CONTENT_COLLECTIONS, isContentCollection, isPageCollection, PAGE_COLLECTIONS, type ContentCollectionSlug, type PageCollectionSlug } from './collections'
export { documentPath, referenceId, type AddressDoc, type RelatedLookup } from './documentPath'
export { DEFAULT_LOCALE, isLocale, LOCALES, otherLocale, type Locale } from './locales'
export { missingPath, notFoundPagePath, paths, resolvePublicPath, SEGMENTS, toPublicPath, type ProjectIndexQuery, type ResolvedPath, type SegmentName } from './paths'
export { isProjectStatus, PROJECT_STATUSES, PROJECTS_PER_PAGE, type ProjectStatus } from './projects'
// Preview tokens (node:crypto, server only) are imported from '@crn/site-contract/preview-token'.
