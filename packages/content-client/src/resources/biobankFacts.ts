import type { Fetcher } from '../fetcher'
import type { DocumentOf } from '../types'
import { type CollectionResource, createCollectionResource, type FindOptions } from './collection'

export interface BiobankFactsResource extends CollectionResource<'biobank-facts'> {
  /** Every fact about one biobank section, in editorial order. */
  bySection(sectionId: string, options?: Omit<FindOptions<'biobank-facts'>, 'where' | 'sort'>): Promise<DocumentOf<'biobank-facts'>[]>
  /** One dated series (e.g. `cancer-cases`), oldest first. */
  series(seriesKey: string, options?: Omit<FindOptions<'biobank-facts'>, 'where' | 'sort'> & { sectionId?: string }): Promise<DocumentOf<'biobank-facts'>[]>
}

export function createBiobankFacts(fetcher: Fetcher): BiobankFactsResource {
  const base = createCollectionResource(fetcher, 'biobank-facts')
  return {
    ...base,
    bySection: (sectionId, options = {}) =>
      base.findAll({ depth: 0, ...options, where: { section: { equals: sectionId } }, sort: ['order', 'asOfDate'] }),
    series: (seriesKey, { sectionId, ...options } = {}) =>
      base.findAll({
        depth: 0,
        ...options,
        where: sectionId === undefined ? { series: { equals: seriesKey } } : { and: [{ series: { equals: seriesKey } }, { section: { equals: sectionId } }] },
        sort: 'asOfDate',
      }),
  }
}
