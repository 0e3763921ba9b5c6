import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access'
import { API_KEYS_SLUG } from '../api/apiKeysSlug'
import { label } from '../lib/contentDefaults'
import { previewTokenStrategy } from '../lib/preview/previewTokenStrategy'

export { API_KEYS_SLUG }

/**
 * Credentials for other services (registry systems, partner portals, data catalogues):
 * API key only, no password and no admin login. A key reads the public content API
 * (read scope); a preview key may also read drafts. Admins create, rotate and revoke keys
 * here; docs/content-api.md describes rotation.
 */
export const ApiKeys: CollectionConfig = {
  slug: API_KEYS_SLUG,
  labels: { singular: label('API key', 'API-nøkkel'), plural: label('API keys', 'API-nøkler') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'contact', 'readDrafts', 'expiresAt', 'updatedAt'],
    group: label('Administration', 'Administrasjon'),
    description: label(
      'Keys for services that read the content API. Send as "Authorization: api-keys API-Key <key>". Revoke by turning the key off or deleting it.',
      'Nøkler for tjenester som leser innholds-API-et. Sendes som "Authorization: api-keys API-Key <nøkkel>". Tilbakekall ved å slå av nøkkelen eller slette den.',
    ),
  },
  // Site previews read drafts as a short-lived preview reader of this collection (lib/preview/previewTokenStrategy.ts).
  auth: { useAPIKey: true, disableLocalStrategy: true, strategies: [previewTokenStrategy] },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: label('Service', 'Tjeneste') },
    {
      name: 'contact',
      type: 'text',
      maxLength: 200,
      label: label('Contact', 'Kontakt'),
      admin: { description: 'Who to tell before the key is rotated or revoked (team or e-mail).' },
    },
    {
      name: 'readDrafts',
      type: 'checkbox',
      defaultValue: false,
      label: label('May read drafts (preview)', 'Kan lese utkast (forhåndsvisning)'),
      admin: { description: 'Only for preview services: the key may ask for draft=true.' },
    },
    {
      name: 'expiresAt',
      type: 'date',
      label: label('Expires', 'Utløper'),
      admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'Optional: the key stops working at this time (useful during rotation).' },
    },
  ],
}
