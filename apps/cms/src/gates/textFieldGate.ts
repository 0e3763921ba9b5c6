import type { Field, TextareaField, TextField } from 'payload'
import { text as textFormat, textarea as textareaFormat } from 'payload/shared'

import { validateNoNationalIdentityNumber } from './nationalIdentityNumber'

type Check<Options> = (value: unknown, options: Options) => Promise<string | true> | string | true
type TextOptions = Parameters<NonNullable<TextField['validate']>>[1]
type TextareaOptions = Parameters<NonNullable<TextareaField['validate']>>[1]

/**
 * Adds the identity-number check to the validation of every text and textarea field (at
 * any depth), after the field's own check, so the admin shows the message on the field
 * while the editor types, before any save. The server-side gate for drafts is the
 * `refuseNationalIdentityNumbers` hook (drafts skip field validation).
 */
export function withIdentityNumberCheck(fields: Field[]): Field[] {
  return fields.map(addCheck)
}

function addCheck(field: Field): Field {
  switch (field.type) {
    case 'text': {
      const own = (field.validate ?? textFormat) as Check<TextOptions>
      return { ...field, validate: async (value, options) => chain(await own(value, options), value) } as TextField
    }
    case 'textarea': {
      const own = (field.validate ?? textareaFormat) as Check<TextareaOptions>
      return { ...field, validate: async (value, options) => chain(await own(value, options), value) } as TextareaField
    }
    case 'array':
    case 'collapsible':
    case 'group':
    case 'row':
      return { ...field, fields: field.fields.map(addCheck) }
    case 'tabs':
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(addCheck) })) }
    case 'blocks':
      return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(addCheck) })) }
    default:
      return field
  }
}

const chain = (own: string | true, value: unknown): string | true => (own === true ? validateNoNationalIdentityNumber(value) : own)
