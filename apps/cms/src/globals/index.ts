import { Navigation } from './Navigation'
import { ResearchOverview } from './ResearchOverview'

export const globals = [ResearchOverview, Navigation]
