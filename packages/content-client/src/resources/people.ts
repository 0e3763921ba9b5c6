import type { Fetcher } from '../fetcher'
import type { DocumentOf } from '../types'
import { type CollectionResource, createCollectionResource, type FindOptions } from './collection'

export interface PeopleResource extends CollectionResource<'people'> {
  /** Several people by id, in the order given (unknown or unpublished ids are left out). */
  byIds(ids: readonly string[], options?: Omit<FindOptions<'people'>, 'where'>): Promise<DocumentOf<'people'>[]>
}

export function createPeople(fetcher: Fetcher): PeopleResource {
  const base = createCollectionResource(fetcher, 'people')
  return {
    ...base,
    byIds: async (ids, options = {}) => {
      if (ids.length === 0) return []
      const found = await base.findAll({ depth: 0, ...options, where: { id: { in: ids } } })
      const byId = new Map(found.map((person) => [person.id, person]))
      return ids.flatMap((id) => byId.get(id) ?? [])
    },
  }
}
