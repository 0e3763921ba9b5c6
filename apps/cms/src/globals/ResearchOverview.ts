import type { GlobalConfig } from 'payload'

import { authenticated, authenticatedOrPublished } from '../access'
import { bodyField, lastUpdatedField, leadField, sourcesField, titleField } from '../fields'
import { label } from '../lib/contentDefaults'

/** The "Departments and researchers" overview page: intro, the three research goals, last updated. */
export const ResearchOverview: GlobalConfig = {
  slug: 'research-overview',
  label: label('Research overview', 'Forskningsoversikt'),
  admin: { group: label('Pages', 'Sider') },
  access: { read: authenticatedOrPublished, readVersions: authenticated, update: authenticated },
  versions: { drafts: true, max: 50 },
  fields: [
    titleField(),
    leadField(),
    {
      name: 'goals',
      type: 'array',
      label: label('Research goals', 'Forskningsmål'),
      minRows: 1,
      fields: [{ name: 'goal', type: 'text', localized: true, required: true }],
    },
    bodyField(),
    lastUpdatedField(),
    sourcesField(),
  ],
}
