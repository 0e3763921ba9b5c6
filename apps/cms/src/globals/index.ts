import { withRelationshipIntegrity } from '../fields/relationshipIntegrity'
import { Navigation } from './Navigation'
import { ResearchOverview } from './ResearchOverview'

/** Related documents must exist (see withRelationshipIntegrity). */
export const globals = [ResearchOverview, Navigation].map(withRelationshipIntegrity)
