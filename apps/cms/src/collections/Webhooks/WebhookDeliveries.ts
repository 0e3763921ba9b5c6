import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access'
import { CHANGE_KINDS } from '../../api/changes/changeKinds'
import { label } from '../../lib/contentDefaults'
import { WEBHOOK_SUBSCRIPTIONS_SLUG } from './WebhookSubscriptions'

export const WEBHOOK_DELIVERIES_SLUG = 'webhook-deliveries'

export const DELIVERY_STATUSES = ['pending', 'retrying', 'succeeded', 'failed', 'refused', 'skipped'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/**
 * The delivery log: one entry per event and subscription, with every attempt (time,
 * HTTP status or error, duration). Written only by the delivery job; admins read it.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: WEBHOOK_DELIVERIES_SLUG,
  labels: { singular: label('Webhook delivery', 'Webhook-levering'), plural: label('Webhook deliveries', 'Webhook-leveringer') },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['createdAt', 'subscription', 'event', 'status', 'attempts', 'lastStatusCode'],
    group: label('Administration', 'Administrasjon'),
  },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  defaultSort: '-createdAt',
  fields: [
    { name: 'subscription', type: 'relationship', relationTo: WEBHOOK_SUBSCRIPTIONS_SLUG, required: true, index: true },
    { name: 'eventId', type: 'text', required: true, index: true, label: label('Event id', 'Hendelses-id') },
    { name: 'event', type: 'select', required: true, options: CHANGE_KINDS.map((kind) => ({ label: kind, value: kind })) },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: DELIVERY_STATUSES.map((status) => ({ label: status, value: status })),
    },
    { name: 'attempts', type: 'number', defaultValue: 0, min: 0 },
    { name: 'lastStatusCode', type: 'number', label: label('Last HTTP status', 'Siste HTTP-status') },
    { name: 'lastError', type: 'text', label: label('Last error', 'Siste feil') },
    { name: 'deliveredAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'body',
      type: 'code',
      admin: { language: 'json', description: 'The exact JSON that is signed and sent (the same on every attempt).' },
    },
    {
      name: 'attemptLog',
      type: 'array',
      label: label('Attempts', 'Forsøk'),
      fields: [
        { name: 'at', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'outcome', type: 'text', required: true },
        { name: 'statusCode', type: 'number' },
        { name: 'durationMs', type: 'number' },
      ],
    },
  ],
}
