import type { CollectionBeforeChangeHook, Field } from 'payload'

import { hasEditorialRole } from '../access'
import { label } from '../lib/contentDefaults'

/**
 * "Who changed this": the account behind each change, kept on the document and so on
 * every version, where the admin's version history and comparison show it next to the
 * time. Editorial users read it; anonymous readers and services never see it.
 */
export const updatedByField: Field = {
  name: 'updatedBy',
  type: 'relationship',
  relationTo: 'users',
  label: label('Last changed by', 'Sist endret av'),
  access: { read: hasEditorialRole },
  admin: { readOnly: true, position: 'sidebar' },
}

/** Always set from the signed-in user, never from the request body; kept as is for system writes (seed, jobs without a user). */
export const recordEditor: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const user = req.user
  if (user && user.collection === 'users') return { ...data, updatedBy: user.id }
  return { ...data, updatedBy: (originalDoc as { updatedBy?: unknown } | undefined)?.updatedBy ?? null }
}
