/**
 * Seed content for the research site (bokmål and English), typed by the generated
 * content types. The CMS's seed engine (apps/cms/src/seed) writes it to the database.
 */
export { Bilingual, SEED_LOCALES, type SeedLocale, t } from './bilingual'
export { CONTENT_WRITTEN, day } from './dates'
export * from './lexical'
export { seedCollections, seedGlobals } from './plan'
export { type CollectionSlug, PolyRef, polyRef, Ref, ref } from './refs'
export { collectReferences, containsBilingual, type DocumentId, type IdLookup, resolveForLocale, type SeedReference } from './resolve'
export { type Source, type SourceName, sources } from './sources'
export { sourceDocuments, sourceKey, sourceRef } from './sourceDocuments'
export type { CollectionData, GlobalData, GlobalSlug, SeedCollection, SeedDocument, SeedField, SeedGlobal, SeedObject } from './types'
export { biobankFacts } from './biobankFacts'
export { departments } from './departments'
export { keyFigures } from './keyFigures'
export { navigation } from './navigation'
export { people } from './people'
export { projects } from './projects'
export { researchOverview } from './researchOverview'
export { screeningProgrammes } from './screeningProgrammes'
export { sections } from './sections'
