/**
 * What can happen to a document as far as readers are concerned:
 * - `published`: it became public (first publish, or publish after being unpublished);
 * - `updated`: a public document was published again with changes;
 * - `unpublished`: it stopped being public but still exists (back to draft);
 * - `deleted`: a public document was deleted.
 * Saving drafts changes nothing public, so it is not a change.
 */
export const CHANGE_KINDS = ['published', 'updated', 'unpublished', 'deleted'] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

export const isChangeKind = (value: unknown): value is ChangeKind => typeof value === 'string' && (CHANGE_KINDS as readonly string[]).includes(value)

/** The webhook event type of a change, e.g. `content.published`. */
export const eventType = (kind: ChangeKind) => `content.${kind}`
