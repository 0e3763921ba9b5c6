import { biobankFacts } from './biobankFacts'
import { departments } from './departments'
import { keyFigures } from './keyFigures'
import { navigation } from './navigation'
import { people } from './people'
import { projects } from './projects'
import { researchOverview } from './researchOverview'
import { screeningProgrammes } from './screeningProgrammes'
import { sections } from './sections'
import { sourceDocuments } from './sourceDocuments'
import type { SeedCollection, SeedGlobal } from './types'

/**
 * Everything the seed creates, in dependency order: a document is created after the
 * documents it references (people's units are the one forward reference, which the
 * engine sets once the sections and departments exist).
 */
export const seedCollections = [
  { collection: 'sources', documents: sourceDocuments },
  { collection: 'people', documents: people },
  { collection: 'departments', documents: departments },
  { collection: 'sections', documents: sections },
  { collection: 'screening-programmes', documents: screeningProgrammes },
  { collection: 'projects', documents: projects },
  { collection: 'biobank-facts', documents: biobankFacts },
  { collection: 'key-figures', documents: keyFigures },
] as const satisfies readonly SeedCollection[]

export const seedGlobals = [researchOverview, navigation] as const satisfies readonly SeedGlobal<'research-overview' | 'navigation'>[]
