import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access'
import { CHANGE_KINDS } from '../../api/changes/changeKinds'
import { urlRefusal } from '../../api/webhooks/destination'
import { label } from '../../lib/contentDefaults'
import { CONTENT_COLLECTION_SLUGS } from '../contentSlugs'
import { maskSecretOnRead, sealSecretOnChange } from './webhookSecret'

export const WEBHOOK_SUBSCRIPTIONS_SLUG = 'webhook-subscriptions'


/**
 * A service that wants to be told when content changes: each publish, update,
 * unpublish or delete it subscribes to is POSTed to its URL as a signed JSON event
 * (api/webhooks). Admins manage subscriptions; the delivery log is next to them.
 */
export const WebhookSubscriptions: CollectionConfig = {
  slug: WEBHOOK_SUBSCRIPTIONS_SLUG,
  labels: { singular: label('Webhook', 'Webhook'), plural: label('Webhooks', 'Webhooks') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'active', 'updatedAt'],
    group: label('Administration', 'Administrasjon'),
    description: label(
      'Signed POST requests to other services when content is published, updated, unpublished or deleted.',
      'Signerte POST-forespørsler til andre tjenester når innhold publiseres, oppdateres, avpubliseres eller slettes.',
    ),
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  // Signing secrets are encrypted at rest and shown only once, after the save that set them (webhookSecret.ts).
  hooks: { beforeChange: [sealSecretOnChange] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: label('Name', 'Navn') },
    {
      name: 'url',
      type: 'text',
      required: true,
      label: label('URL', 'URL'),
      admin: { description: 'Where events are POSTed (https). Private and internal addresses are refused.' },
      validate: (value: unknown) => {
        if (typeof value !== 'string' || value.trim() === '') return 'A URL is required.'
        return urlRefusal(value.trim()) ?? true
      },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: [...CHANGE_KINDS],
      options: CHANGE_KINDS.map((kind) => ({ label: kind, value: kind })),
      label: label('Events', 'Hendelser'),
    },
    {
      name: 'collections',
      type: 'select',
      hasMany: true,
      options: CONTENT_COLLECTION_SLUGS.map((slug) => ({ label: slug, value: slug })),
      label: label('Collections', 'Samlinger'),
      admin: { description: 'Leave empty for every content collection.' },
    },
    {
      name: 'secret',
      type: 'text',
      label: label('Signing secret', 'Signeringsnøkkel'),
      admin: {
        description:
          'Generated when empty and shown once, after saving; stored encrypted. Clear it and save to rotate, then give the new value to the receiving service.',
      },
      hooks: { afterRead: [maskSecretOnRead] },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: label('Active', 'Aktiv') },
  ],
}
