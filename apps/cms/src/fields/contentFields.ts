import type { RichTextField, TextareaField, TextField } from 'payload'

/** Localized title: the heading readers see. */
export function titleField(overrides: Partial<TextField> = {}): TextField {
  return { name: 'title', type: 'text', localized: true, required: true, maxLength: 200, ...overrides } as TextField
}

/** Localized lead (ingress): one or two sentences under the title, also used as teaser and meta description. */
export function leadField(overrides: Partial<TextareaField> = {}): TextareaField {
  return {
    name: 'lead',
    type: 'textarea',
    localized: true,
    maxLength: 600,
    admin: { description: 'One or two sentences shown under the title, on teasers and in search results.' },
    ...overrides,
  } as TextareaField
}

/** Localized Lexical body for the page's prose (the editor is configured globally). */
export function bodyField(overrides: Partial<RichTextField> = {}): RichTextField {
  return { name: 'body', type: 'richText', localized: true, ...overrides } as RichTextField
}
