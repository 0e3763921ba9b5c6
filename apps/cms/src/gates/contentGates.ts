import {
  type CollectionBeforeChangeHook,
  type FieldHook,
  type FlattenedField,
  type GlobalBeforeChangeHook,
  type JSONField,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { hasEditorialRole } from '../access/hasEditorialRole'
import { textValues } from './fieldValues'
import { findNationalIdentityNumbers, NATIONAL_ID_MESSAGE, stringsIn } from './nationalIdentityNumber'
import { richTextProblems } from './richTextChecks'

export type GateProblem = { path: string; message: string }

/** Every field holding a national identity number: never stored, drafts included. */
export function nationalIdentityNumberProblems(fields: readonly FlattenedField[], data: unknown): GateProblem[] {
  return textValues(fields, data)
    .filter(({ value }) => stringsIn(value).some((text) => findNationalIdentityNumbers(text).length > 0))
    .map(({ path }) => ({ path, message: NATIONAL_ID_MESSAGE }))
}

/** Accessibility problems in the rich text of a document: one per problem, on the field's path. */
export function richTextGateProblems(fields: readonly FlattenedField[], data: unknown): GateProblem[] {
  return textValues(fields, data)
    .filter(({ type }) => type === 'richText')
    .flatMap(({ path, value }) => richTextProblems(value).map(({ message }) => ({ path, message })))
}

const refuse = (problems: GateProblem[], req: PayloadRequest, slug: string, kind: 'collection' | 'global') => {
  if (problems.length === 0) return
  throw new ValidationError(kind === 'collection' ? { collection: slug, errors: problems } : { global: slug, errors: problems }, req.t)
}

/**
 * Refuses a save that would store a valid fødselsnummer or D-number in any text, textarea
 * or rich-text field. Runs before field validation, so drafts (which skip validation) are
 * refused too. The 400 names each field.
 */
export const refuseNationalIdentityNumbers: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  refuse(nationalIdentityNumberProblems(collection.flattenedFields, data), req, collection.slug, 'collection')
  return data
}

/** The same gate for globals. */
export const refuseNationalIdentityNumbersInGlobal: GlobalBeforeChangeHook = ({ global, data, req }) => {
  refuse(nationalIdentityNumberProblems(global.flattenedFields, data), req, global.slug, 'global')
  return data
}

/** Whether this save publishes (a versioned document saved as published). */
const publishes = (data: Record<string, unknown>) => data._status === 'published'

/**
 * Refuses publishing rich text whose headings skip levels or whose links say nothing about
 * their target, with one message per problem. A draft with such problems is saved; the
 * editor sees the problems as warnings (`publishWarnings`).
 */
export const refuseInaccessibleRichTextOnPublish: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  if (!publishes(data)) return data
  refuse(richTextGateProblems(collection.flattenedFields, { ...(originalDoc ?? {}), ...data }), req, collection.slug, 'collection')
  return data
}

/** The same publish gate for globals with drafts. */
export const refuseInaccessibleRichTextOnPublishInGlobal: GlobalBeforeChangeHook = ({ global, data, originalDoc, req }) => {
  if (!publishes(data)) return data
  refuse(richTextGateProblems(global.flattenedFields, { ...((originalDoc as Record<string, unknown> | undefined) ?? {}), ...data }), req, global.slug, 'global')
  return data
}

const computeWarnings: FieldHook = ({ collection, global, data, req }) => {
  const fields = collection?.flattenedFields ?? global?.flattenedFields ?? []
  return hasEditorialRole({ req }) ? richTextGateProblems(fields, data) : undefined
}

/**
 * Read-only list of what would stop this document from being published (rich-text
 * problems), computed on every read for signed-in editors: a draft save answers with it,
 * and the admin shows it in the sidebar.
 */
export function publishWarningsField(): JSONField {
  return {
    name: 'publishWarnings',
    type: 'json',
    virtual: true,
    label: { en: 'Before publishing', nb: 'Før publisering' },
    access: { read: hasEditorialRole, create: () => false, update: () => false },
    admin: { readOnly: true, position: 'sidebar', components: { Field: '/components/PublishWarnings#PublishWarnings' } },
    hooks: { afterRead: [computeWarnings] },
  }
}
