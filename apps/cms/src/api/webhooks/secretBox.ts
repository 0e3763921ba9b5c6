import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

/** Prefix of a sealed value: `enc:v1:<iv>.<tag>.<ciphertext>` (base64url). Anything else is legacy plaintext. */
const SEALED_PREFIX = 'enc:v1:'

/**
 * The key for webhook signing secrets at rest: HKDF-SHA256 from PAYLOAD_SECRET, bound to
 * this purpose, so it differs from every other key derived from the same secret.
 */
function keyFrom(payloadSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', payloadSecret, 'crn-cms', 'webhook-signing-secrets/aes-256-gcm/v1', 32))
}

export const isSealed = (value: unknown): boolean => typeof value === 'string' && value.startsWith(SEALED_PREFIX)

/** Encrypts a signing secret for storage (AES-256-GCM, a fresh 96-bit IV each time). */
export function sealSecret(plain: string, payloadSecret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFrom(payloadSecret), iv)
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return `${SEALED_PREFIX}${[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url')).join('.')}`
}

/**
 * The plaintext of a stored signing secret, for signing only. Tries each key in turn
 * (PAYLOAD_SECRET, then PAYLOAD_SECRET_PREVIOUS during a rotation); legacy plaintext
 * values pass through. Throws when no key opens it (tampered, or the secret was rotated away).
 */
export function openSecret(stored: string, payloadSecrets: readonly string[]): string {
  if (!isSealed(stored)) return stored
  const [iv, tag, ciphertext] = stored.slice(SEALED_PREFIX.length).split('.').map((part) => Buffer.from(part, 'base64url'))
  if (!iv || !tag || !ciphertext) throw new Error('The stored webhook secret is malformed.')
  for (const secret of payloadSecrets) {
    try {
      const decipher = createDecipheriv('aes-256-gcm', keyFrom(secret), iv)
      decipher.setAuthTag(tag)
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8')
    } catch {
      // wrong key: try the next one
    }
  }
  throw new Error('No key opens the stored webhook secret: was PAYLOAD_SECRET changed without PAYLOAD_SECRET_PREVIOUS?')
}
