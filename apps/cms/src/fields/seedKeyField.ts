import type { TextField } from 'payload'

import { hasEditorialRole } from '../access/hasEditorialRole'

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
    // Editorial users only: service API keys are authenticated but must not see internals.
    access: { read: ({ req }) => hasEditorialRole({ req }), update: () => false },
  }
}
