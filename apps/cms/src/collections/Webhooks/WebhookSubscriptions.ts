import { randomBytes } from 'node:crypto'

import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isAdmin } from '../../access'
import { CHANGE_KINDS } from '../../api/changes/changeKinds'
import { urlRefusal } from '../../api/webhooks/destination'
import { label } from '../../lib/contentDefaults'
import { CONTENT_COLLECTION_SLUGS } from '../contentSlugs'

export const WEBHOOK_SUBSCRIPTIONS_SLUG = 'webhook-subscriptions'

/** A new subscription without a secret gets a random one; clearing it in the admin rotates it. */
const ensureSecret: CollectionBeforeChangeHook = ({ data }) => {
  if (typeof data.secret !== 'string' || data.secret.trim() === '') data.secret = `whsec_${randomBytes(32).toString('base64url')}`
  return data
}

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
  hooks: { beforeChange: [ensureSecret] },
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
      admin: { description: 'Generated when empty. Clear it and save to rotate; give the new value to the receiving service.' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: label('Active', 'Aktiv') },
  ],
}
