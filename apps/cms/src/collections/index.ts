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

/** All collections, in admin order. Their slugs are a public contract (see README). */
export const collections = [
  Departments,
  Sections,
  Projects,
  BiobankFacts,
  ScreeningProgrammes,
  People,
  KeyFigures,
  Sources,
  Media,
  Users,
]
  .map(withInputGuards)
  .map(withContentGates)

/** Collections with public, versioned research content. */
export const CONTENT_COLLECTION_SLUGS = [
  'departments',
  'sections',
  'projects',
  'biobank-facts',
  'screening-programmes',
  'people',
  'key-figures',
] as const
export type ContentCollectionSlug = (typeof CONTENT_COLLECTION_SLUGS)[number]
