import { BiobankFacts } from './BiobankFacts'
import { Departments } from './Departments'
import { KeyFigures } from './KeyFigures'
import { Media } from './Media'
import { People } from './People'
import { Projects } from './Projects'
import { ScreeningProgrammes } from './ScreeningProgrammes'
import { Sections } from './Sections'
import { Sources } from './Sources'
import { Users } from './Users'
import { withContentGates } from '../gates/withContentGates'
import { withInputGuards } from './withInputGuards'

/**
 * All collections, in admin order. Their slugs are a public contract (see README).
 * Content collections declare all their behaviour (contentCollection()); the others get
 * the input guards and content gates here.
 */
export const collections = [
  Departments,
  Sections,
  Projects,
  BiobankFacts,
  ScreeningProgrammes,
  People,
  KeyFigures,
  ...[Sources, Media, Users].map(withInputGuards).map(withContentGates),
]

export { CONTENT_COLLECTION_SLUGS, type ContentCollectionSlug } from './contentSlugs'
