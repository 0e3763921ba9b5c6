import type { TextField } from 'payload'

/**
 * Stable identity of a document created by the seed, so `npm run seed` can tell
 * "already seeded" from "missing" even after editors rename titles or slugs.
 */
export function seedKeyField(): TextField {
  return {
    name: 'seedKey',
    type: 'text',
    unique: true,
    index: true,
    admin: { hidden: true },
    access: { read: ({ req }) => Boolean(req.user), update: () => false },
  }
}
