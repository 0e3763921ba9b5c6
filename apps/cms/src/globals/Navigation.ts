import type { GlobalConfig } from 'payload'

import { anyone, canPublish } from '../access'
import { refuseNationalIdentityNumbersInGlobal } from '../gates/contentGates'
import { withIdentityNumberCheck } from '../gates/textFieldGate'
import { label } from '../lib/contentDefaults'

/**
 * The site's main menu, editable by communications staff. An item points either to a
 * fixed site page (resolved to the right localized path by the site) or to a document.
 */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: label('Navigation', 'Navigasjon'),
  admin: { group: label('Pages', 'Sider') },
  // Live site-wide at once: only editors and admins change it.
  access: { read: anyone, update: canPublish },
  hooks: { beforeChange: [refuseNationalIdentityNumbersInGlobal] },
  fields: withIdentityNumberCheck([
    {
      name: 'items',
      type: 'array',
      maxRows: 8,
      fields: [
        { name: 'label', type: 'text', localized: true, required: true },
        {
          name: 'page',
          type: 'select',
          options: [
            { label: label('Home', 'Forside'), value: 'home' },
            { label: label('Research overview', 'Forskningsoversikt'), value: 'research' },
            { label: label('Projects', 'Prosjekter'), value: 'projects' },
            { label: label('Screening programmes', 'Screeningprogrammer'), value: 'screening' },
            { label: label('Search', 'Søk'), value: 'search' },
          ],
          admin: { description: 'A site page, or leave empty and choose a document below.' },
        },
        {
          name: 'document',
          type: 'relationship',
          relationTo: ['departments', 'sections', 'projects', 'screening-programmes'],
        },
      ],
    },
  ]),
}
