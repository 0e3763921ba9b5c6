import type { Fetcher } from '../fetcher'
import type { DocumentOf } from '../types'
import { type CollectionResource, createCollectionResource, type FindOptions } from './collection'

export interface KeyFiguresResource extends CollectionResource<'key-figures'> {
  /** Every key figure, grouped by series key (figures without a series under `''`), oldest year first. */
  bySeries(options?: Omit<FindOptions<'key-figures'>, 'sort'>): Promise<Map<string, DocumentOf<'key-figures'>[]>>
  /** One series (e.g. `new-cases`), oldest year first. */
  series(seriesKey: string, options?: Omit<FindOptions<'key-figures'>, 'where' | 'sort'>): Promise<DocumentOf<'key-figures'>[]>
}

export function createKeyFigures(fetcher: Fetcher): KeyFiguresResource {
  const base = createCollectionResource(fetcher, 'key-figures')
  return {
    ...base,
    bySeries: async (options = {}) => {
      const figures = await base.findAll({ depth: 0, ...options, sort: ['referenceYear', 'title'] })
      const groups = new Map<string, DocumentOf<'key-figures'>[]>()
      for (const figure of figures) {
        const key = figure.series ?? ''
        groups.set(key, [...(groups.get(key) ?? []), figure])
      }
      return groups
    },
    series: (seriesKey, options = {}) =>
      base.findAll({ depth: 0, ...options, where: { series: { equals: seriesKey } }, sort: 'referenceYear' }),
  }
}
