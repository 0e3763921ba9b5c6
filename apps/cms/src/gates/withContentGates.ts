import type { CollectionConfig, Field } from 'payload'

import { publishWarningsField, refuseInaccessibleRichTextOnPublish, refuseNationalIdentityNumbers } from './contentGates'
import { withIdentityNumberCheck } from './textFieldGate'

const hasRichText = (fields: Field[]): boolean =>
  fields.some((field) => {
    if (field.type === 'richText') return true
    if ('fields' in field && Array.isArray(field.fields)) return hasRichText(field.fields)
    if (field.type === 'tabs') return field.tabs.some((tab) => hasRichText(tab.fields))
    if (field.type === 'blocks') return field.blocks.some((block) => hasRichText(block.fields))
    return false
  })

/**
 * The publish gates of a collection: no national identity number in any text (every
 * save, drafts included; also checked on each text field in the admin), and, where the
 * collection has rich text, accessible headings and links before publishing, with the
 * problems listed as warnings on drafts.
 */
export function withContentGates(collection: CollectionConfig): CollectionConfig {
  const richText = hasRichText(collection.fields)
  const fields = withIdentityNumberCheck(collection.fields)
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    fields: richText && collection.versions ? [...fields, publishWarningsField()] : fields,
    hooks: {
      ...hooks,
      beforeChange: [refuseNationalIdentityNumbers, ...(richText ? [refuseInaccessibleRichTextOnPublish] : []), ...(hooks.beforeChange ?? [])],
    },
  }
}
