import { randomBytes } from 'node:crypto'

import type { CollectionBeforeChangeHook, FieldHook } from 'payload'

import { isSealed, openSecret, sealSecret } from '../../api/webhooks/secretBox'
import { env } from '../../env'

/** What reads show instead of a stored signing secret. Saving it back keeps the secret. */
export const SECRET_MASK = '•••••• (stored encrypted; clear the field and save to rotate)'

/** Request context under which reads return the sealed value (the delivery job, which opens it to sign). */
export const SIGNING_CONTEXT = 'webhookSigning'
/** Request context holding a secret set in this request, shown once in the answer to the save. */
const REVEAL_CONTEXT = 'webhookSecretRevealed'

export const signingKeys = (): string[] => [env.PAYLOAD_SECRET, ...(env.PAYLOAD_SECRET_PREVIOUS ? [env.PAYLOAD_SECRET_PREVIOUS] : [])]

/** The plaintext of a subscription's secret, read under SIGNING_CONTEXT: for signing a delivery only. */
export const signingSecret = (stored: string): string => openSecret(stored, signingKeys())

/**
 * Webhook signing secrets are stored encrypted (AES-256-GCM, key derived from
 * PAYLOAD_SECRET; see api/webhooks/secretBox.ts). On save: an empty value generates a new
 * secret (rotation), the mask or the stored value keeps the current one, any other value
 * is the new secret; what is stored is always sealed. The new secret appears once, in the
 * answer to that save, so an admin can hand it to the receiving service.
 */
export const sealSecretOnChange: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  const incoming: unknown = data.secret
  // The stored value itself: originalDoc went through afterRead, which masks it.
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  const raw = operation === 'update' && id !== undefined ? await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: id } }, req }) : null
  const stored: unknown = (raw as { secret?: unknown } | null)?.secret
  const keep = incoming === undefined || incoming === SECRET_MASK || (isSealed(incoming) && incoming === stored)
  if (keep && typeof stored === 'string' && stored !== '') {
    data.secret = isSealed(stored) ? stored : sealSecret(stored, env.PAYLOAD_SECRET)
    return data
  }
  const plain = typeof incoming === 'string' && incoming.trim() !== '' && incoming !== SECRET_MASK && !isSealed(incoming) ? incoming.trim() : `whsec_${randomBytes(32).toString('base64url')}`
  req.context[REVEAL_CONTEXT] = plain
  data.secret = sealSecret(plain, env.PAYLOAD_SECRET)
  return data
}

/** Reads show the mask; the answer to a save that set a secret shows it once; the delivery job gets the sealed value. */
export const maskSecretOnRead: FieldHook = ({ value, req }) => {
  if (typeof value !== 'string' || value === '') return value
  if (req.context[SIGNING_CONTEXT] === true) return value
  const revealed = req.context[REVEAL_CONTEXT]
  return typeof revealed === 'string' ? revealed : SECRET_MASK
}
