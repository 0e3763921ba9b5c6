import type { Fetcher } from '../fetcher'
import type { DocumentOf } from '../types'
import { type CollectionResource, createCollectionResource, type FindOptions } from './collection'

export interface SectionsResource extends CollectionResource<'sections'> {
  /** The sections of one department, in editorial order. */
  byDepartment(departmentId: string, options?: Omit<FindOptions<'sections'>, 'where' | 'sort'>): Promise<DocumentOf<'sections'>[]>
}

export function createSections(fetcher: Fetcher): SectionsResource {
  const base = createCollectionResource(fetcher, 'sections')
  return {
    ...base,
    byDepartment: (departmentId, options = {}) =>
      base.findAll({ ...options, where: { department: { equals: departmentId } }, sort: ['order', 'title'] }),
  }
}
