import { ContentNotFoundError } from '@crn/content-client'

import { cms } from './cms'
import { documentHref, isLinkableCollection, type LinkableCollection } from './links'
import type { Locale } from './locales'

/** A Lexical editor state as stored in the CMS (only the parts the site walks). */
export interface LexicalState {
  root: { children: unknown[] }
}

interface InternalLinkTarget {
  collection: LinkableCollection
  id: string
  /** The populated document when the CMS sent it (depth ≥ 1). */
  doc: unknown
}

/** Key of a link target in the resolved map. */
export const linkKey = (collection: string, id: string) => `${collection}:${id}`

function internalTarget(node: unknown): InternalLinkTarget | undefined {
  if (typeof node !== 'object' || node === null || !('type' in node) || node.type !== 'link' || !('fields' in node)) return undefined
  const fields = node.fields
  if (typeof fields !== 'object' || fields === null || !('linkType' in fields) || fields.linkType !== 'internal' || !('doc' in fields)) return undefined
  const ref = fields.doc
  if (typeof ref !== 'object' || ref === null || !('relationTo' in ref) || !('value' in ref) || !isLinkableCollection(ref.relationTo)) return undefined
  const value = ref.value
  // Ids are opaque text (UUIDs on SQLite, ObjectIds on MongoDB): never assume a number.
  const id = typeof value === 'string' ? value : typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' ? value.id : undefined
  return id === undefined || id === '' ? undefined : { collection: ref.relationTo, id, doc: value }
}

function collectTargets(nodes: unknown[], into: InternalLinkTarget[]): void {
  for (const node of nodes) {
    const target = internalTarget(node)
    if (target) into.push(target)
    if (typeof node === 'object' && node !== null && 'children' in node && Array.isArray(node.children)) collectTargets(node.children, into)
  }
}

/**
 * Resolves every internal link in a rich text body to a site URL. Links whose document came
 * populated with what the URL needs are resolved directly; the rest (e.g. a section without its
 * department) are read from the CMS. Unpublished or deleted targets are left out (rendered as text).
 */
export async function resolveRichTextLinks(state: LexicalState | null | undefined, locale: Locale): Promise<Map<string, string>> {
  const hrefs = new Map<string, string>()
  if (!state) return hrefs
  const targets: InternalLinkTarget[] = []
  collectTargets(state.root.children, targets)
  await Promise.all(
    targets.map(async (target) => {
      const key = linkKey(target.collection, target.id)
      const direct = documentHref(locale, target.collection, target.doc)
      if (direct) {
        hrefs.set(key, direct)
        return
      }
      const reader = {
        departments: cms.departments,
        sections: cms.sections,
        projects: cms.projects,
        'screening-programmes': cms.screeningProgrammes,
      }[target.collection]
      try {
        const doc = await reader.findById(target.id, { locale, depth: 1, select: { slug: true, department: true } })
        const href = documentHref(locale, target.collection, doc)
        if (href) hrefs.set(key, href)
      } catch (error) {
        // A link to a document that is gone or unpublished renders as plain text; outages still fail the page.
        if (!(error instanceof ContentNotFoundError)) throw error
      }
    }),
  )
  return hrefs
}
