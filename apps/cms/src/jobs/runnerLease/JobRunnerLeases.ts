import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access'
import { label } from '../../lib/contentDefaults'

export const JOB_RUNNER_LEASES_SLUG = 'job-runner-leases'

/**
 * Which CMS instance runs the jobs queue, slot by slot (see runnerLease.ts). One row per slot
 * of a few seconds; the unique `slot` is the lock: of several instances creating the same slot,
 * the database lets exactly one succeed (a unique index is atomic on SQLite and MongoDB alike).
 * Written only by the runner; admins can read it to see who ran when.
 */
export const JobRunnerLeases: CollectionConfig = {
  slug: JOB_RUNNER_LEASES_SLUG,
  labels: { singular: label('Jobs runner lease', 'Jobbkjører-lån'), plural: label('Jobs runner leases', 'Jobbkjører-lån') },
  admin: {
    useAsTitle: 'slot',
    defaultColumns: ['slot', 'holder', 'expiresAt'],
    group: label('Administration', 'Administrasjon'),
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
  },
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  defaultSort: '-expiresAt',
  fields: [
    { name: 'slot', type: 'text', required: true, unique: true, label: label('Slot', 'Tidsluke') },
    { name: 'holder', type: 'text', required: true, label: label('Instance', 'Instans') },
    { name: 'expiresAt', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
