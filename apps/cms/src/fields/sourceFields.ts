import type { ArrayField, Field } from 'payload'

import { validateUrl } from '../lib/validators'

function sourceSubfields(required: boolean): Field[] {
  return [
    { name: 'title', type: 'text', required, admin: { width: '50%' } },
    {
      name: 'url',
      type: 'text',
      required,
      admin: { width: '50%' },
      validate: (value: unknown) => validateUrl(value, { required }),
    },
  ]
}

/** Any number of sources behind a page's content. */
export function sourcesField(overrides: Partial<ArrayField> = {}): ArrayField {
  return {
    name: 'sources',
    type: 'array',
    labels: { singular: 'Source', plural: 'Sources' },
    fields: sourceSubfields(true),
    ...overrides,
  } as ArrayField
}
