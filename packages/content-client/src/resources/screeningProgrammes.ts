import type { Fetcher } from '../fetcher'
import type { DocumentOf } from '../types'
import { type CollectionResource, createCollectionResource, type FindOptions } from './collection'

export interface ScreeningProgrammesResource extends CollectionResource<'screening-programmes'> {
  /** All programmes, oldest first. */
  list(options?: Omit<FindOptions<'screening-programmes'>, 'sort'>): Promise<DocumentOf<'screening-programmes'>[]>
}

export function createScreeningProgrammes(fetcher: Fetcher): ScreeningProgrammesResource {
  const base = createCollectionResource(fetcher, 'screening-programmes')
  return { ...base, list: (options = {}) => base.findAll({ ...options, sort: ['startYear', 'title'] }) }
}
