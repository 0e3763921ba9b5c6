import type { Field, GlobalConfig } from 'payload'

import { authenticatedOrPublished, canPublish, hasEditorialRole } from '../access'
import { bodyField, leadField, publicChangeFields, sourcesField, titleField } from '../fields'
import { translationStatusField } from '../fields/translationStatusField'
import { refuseInaccessibleRichTextOnPublishInGlobal, refuseNationalIdentityNumbersInGlobal } from '../gates/contentGates'
import { withIdentityNumberCheck } from '../gates/textFieldGate'
import { label } from '../lib/contentDefaults'

const fields: Field[] = [
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
  ...publicChangeFields(),
  sourcesField(),
]

/** The "Departments and researchers" overview page: intro, the three research goals, last updated. */
export const ResearchOverview: GlobalConfig = {
  slug: 'research-overview',
  label: label('Research overview', 'Forskningsoversikt'),
  admin: { group: label('Pages', 'Sider') },
  // Live site-wide: only editors and admins change it; editorial accounts read its history.
  access: { read: authenticatedOrPublished, readVersions: hasEditorialRole, update: canPublish },
  versions: { drafts: true, max: 50 },
  hooks: { beforeChange: [refuseNationalIdentityNumbersInGlobal, refuseInaccessibleRichTextOnPublishInGlobal] },
  // Which languages are complete: the site lists only real translations (hreflang, sitemap).
  fields: [...withIdentityNumberCheck(fields), translationStatusField(fields)],
}
