import type { PublicChange } from '@crn/content-client'
import { notFound } from 'next/navigation'

import type { Alternates } from '../alternates'
import { cms } from '../cms'
import { documentHref, isLinkableCollection } from '../links'
import type { Locale } from '../locales'
import { type HistoryTarget, paths } from '../routes'
import { orNotFound } from './notFound'

export interface ChangeHistoryPageData {
  title: string
  pageHref: string
  entries: PublicChange[]
  alternates: Alternates
}

/** The history target named by the URL segments (`projects/12` or `research-overview`), or 404. */
export function historyTarget(segments: readonly string[]): HistoryTarget {
  if (segments.length === 1 && segments[0] === 'research-overview') return { global: 'research-overview' }
  const [collection, id, ...rest] = segments
  if (rest.length > 0 || id === undefined || !isLinkableCollection(collection)) notFound()
  return { collection, id: decodeURIComponent(id) }
}

/** A page's public change history with the page's title and address (for the heading and the way back). */
export async function getChangeHistoryPage(locale: Locale, target: HistoryTarget): Promise<ChangeHistoryPageData> {
  const alternates = { nb: paths.changeHistory('nb', target), en: paths.changeHistory('en', target) }
  if ('global' in target) {
    const [overview, entries] = await Promise.all([
      orNotFound(cms.globals.researchOverview({ locale, depth: 0 })),
      orNotFound(cms.changeHistory.forGlobal(target.global, { locale })),
    ])
    return { title: overview.title, pageHref: paths.research(locale), entries, alternates }
  }
  const resource = cms.collections[target.collection] as { findById: (id: number | string, options: { locale: Locale; depth: 1 }) => Promise<{ title: string }> }
  const [doc, entries] = await Promise.all([
    orNotFound(resource.findById(target.id, { locale, depth: 1 })),
    orNotFound(cms.changeHistory.forDocument(target.collection, target.id, { locale })),
  ])
  const pageHref = documentHref(locale, target.collection, doc)
  if (!pageHref) notFound()
  return { title: doc.title, pageHref, entries, alternates }
}
