import type { GlobalConfig } from 'payload'

import { authenticatedOrPublished, canPublish, hasEditorialRole } from '../access'
import { bodyField, lastUpdatedField, leadField, sourcesField, titleField } from '../fields'
import { refuseInaccessibleRichTextOnPublishInGlobal, refuseNationalIdentityNumbersInGlobal } from '../gates/contentGates'
import { withIdentityNumberCheck } from '../gates/textFieldGate'
import { label } from '../lib/contentDefaults'

/** The "Departments and researchers" overview page: intro, the three research goals, last updated. */
export const ResearchOverview: GlobalConfig = {
  slug: 'research-overview',
  label: label('Research overview', 'Forskningsoversikt'),
  admin: { group: label('Pages', 'Sider') },
  // Live site-wide: only editors and admins change it; editorial accounts read its history.
  access: { read: authenticatedOrPublished, readVersions: hasEditorialRole, update: canPublish },
  versions: { drafts: true, max: 50 },
  hooks: { beforeChange: [refuseNationalIdentityNumbersInGlobal, refuseInaccessibleRichTextOnPublishInGlobal] },
  fields: withIdentityNumberCheck([
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
  ]),
}
