import type { Fetcher } from '../fetcher'
import { tags } from '../tags'
import { type CollectionResource, createCollectionResource, type FindOptions } from './collection'
import type { DocumentOf } from '../types'

export interface DepartmentsResource extends CollectionResource<'departments'> {
  /** Every department in editorial order, each with its sections (joined, in their order). */
  listWithSections(options?: Omit<FindOptions<'departments'>, 'joins' | 'sort'>): Promise<DocumentOf<'departments'>[]>
}

export function createDepartments(fetcher: Fetcher): DepartmentsResource {
  const base = createCollectionResource(fetcher, 'departments')
  return {
    ...base,
    listWithSections: (options = {}) =>
      base.findAll({
        depth: 1,
        ...options,
        sort: ['order', 'title'],
        joins: { sections: { limit: 100, sort: 'order' } },
        // The joined sections are part of the answer: their edits must refresh it too.
        tags: [tags.collection('sections'), ...(options.tags ?? [])],
      }),
  }
}
