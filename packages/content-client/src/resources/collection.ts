import { ContentNotFoundError } from '../errors'
import type { Fetcher, RequestOptions } from '../fetcher'
import { DEFAULT_LOCALE, type FallbackLocale, type Locale } from '../locale'
import type { PaginatedDocs } from '../pagination'
import { type FindParams, withQuery } from '../query'
import { documentTags, tags as cacheTags } from '../tags'
import type { ContentCollectionSlug, DocumentOf, Where } from '../types'

/** Options of a read: query parameters plus per-request options (timeout, cache tags). */
export type FindOptions = FindParams & RequestOptions

/** Options of a single-document read. */
export type FindOneOptions = Pick<FindParams, 'locale' | 'fallbackLocale' | 'depth' | 'select' | 'joins'> & RequestOptions

/** A localized field read with `locale=all`: one value per locale (missing where untranslated). */
export type LocalizedValue<T> = Partial<Record<Locale, T>>

/** The reads every content collection offers. */
export interface CollectionResource<TSlug extends ContentCollectionSlug> {
  readonly slug: TSlug
  /** One page of documents matching the query. */
  find(options?: FindOptions): Promise<PaginatedDocs<DocumentOf<TSlug>>>
  /** Every matching document (up to `limit`, default 100) without pagination. */
  findAll(options?: Omit<FindOptions, 'page' | 'pagination'>): Promise<DocumentOf<TSlug>[]>
  /** One document by id; throws `ContentNotFoundError` when missing or unpublished. */
  findById(id: number | string, options?: FindOneOptions): Promise<DocumentOf<TSlug>>
  /**
   * One document by its slug in `locale`; when nothing matches and fallback is on, the slug is
   * also tried in the default locale (an untranslated document keeps its bokmål slug).
   * Throws `ContentNotFoundError` when missing.
   */
  findBySlug(slug: string, options?: FindOneOptions): Promise<DocumentOf<TSlug>>
  /** The document's slug in every locale (for language switchers and hreflang). */
  findSlugs(id: number | string, options?: RequestOptions): Promise<LocalizedValue<string>>
  /** Number of documents matching `where`. */
  count(where?: Where, options?: RequestOptions & Pick<FindParams, 'locale'>): Promise<number>
}

const withTags = (options: RequestOptions, own: string[]): RequestOptions => ({
  ...options,
  tags: [...own, ...(options.tags ?? [])],
})

function splitRequest<T extends RequestOptions>(options: T): { request: RequestOptions; query: Omit<T, keyof RequestOptions> } {
  const { tags, revalidate, timeoutMs, signal, ...query } = options
  return { request: { tags, revalidate, timeoutMs, signal }, query }
}

/** Builds the generic reads for one collection; resource modules add their own queries on top. */
export function createCollectionResource<TSlug extends ContentCollectionSlug>(
  fetcher: Fetcher,
  slug: TSlug,
): CollectionResource<TSlug> {
  const listTags = [cacheTags.collection(slug), cacheTags.all]

  async function find(options: FindOptions = {}) {
    const { request, query } = splitRequest(options)
    return fetcher.json<PaginatedDocs<DocumentOf<TSlug>>>(withQuery(`/${slug}`, query), withTags(request, listTags))
  }

  async function findAll(options: Omit<FindOptions, 'page' | 'pagination'> = {}) {
    const result = await find({ limit: 100, ...options, pagination: false })
    return result.docs
  }

  async function findById(id: number | string, options: FindOneOptions = {}) {
    const { request, query } = splitRequest(options)
    const path = withQuery(`/${slug}/${encodeURIComponent(String(id))}`, query)
    return fetcher.json<DocumentOf<TSlug>>(path, withTags(request, documentTags(slug, id)))
  }

  async function findBySlugIn(value: string, locale: Locale | undefined, fallbackLocale: FallbackLocale | undefined, options: FindOneOptions) {
    const { request, query } = splitRequest(options)
    const result = await fetcher.json<PaginatedDocs<DocumentOf<TSlug>>>(
      withQuery(`/${slug}`, { ...query, locale, fallbackLocale, where: { slug: { equals: value } }, limit: 1 }),
      withTags(request, listTags),
    )
    return result.docs[0]
  }

  async function findBySlug(value: string, options: FindOneOptions = {}) {
    const locale = options.locale === 'all' ? undefined : options.locale
    const found = await findBySlugIn(value, locale, options.fallbackLocale, options)
    if (found) return found
    const mayFallBack = locale !== undefined && locale !== DEFAULT_LOCALE && options.fallbackLocale !== 'none'
    if (mayFallBack) {
      const fallback = await findBySlugIn(value, DEFAULT_LOCALE, 'none', options)
      // Only an untranslated slug may fall back: a document with its own slug in `locale` is reached by that slug.
      if (fallback) {
        const slugs = await findSlugs(fallback.id, options)
        if (slugs[locale] === undefined || slugs[locale] === value) {
          return findById(fallback.id, { ...options, locale })
        }
      }
    }
    throw new ContentNotFoundError(`No ${slug} document with slug "${value}"${locale ? ` in locale ${locale}` : ''}`, fetcher.url(`/${slug}`))
  }

  async function findSlugs(id: number | string, options: RequestOptions = {}) {
    const { request } = splitRequest(options)
    const path = withQuery(`/${slug}/${encodeURIComponent(String(id))}`, { locale: 'all', depth: 0, select: { slug: true } })
    const doc = await fetcher.json<{ slug?: LocalizedValue<string> | string }>(path, withTags(request, documentTags(slug, id)))
    // Without localization Payload returns a plain string; with `locale=all`, one value per locale.
    if (typeof doc.slug === 'string') return { [DEFAULT_LOCALE]: doc.slug }
    const slugs: LocalizedValue<string> = {}
    for (const [locale, value] of Object.entries(doc.slug ?? {})) {
      if ((locale === 'nb' || locale === 'en') && typeof value === 'string' && value !== '') slugs[locale] = value
    }
    return slugs
  }

  async function count(where?: Where, options: RequestOptions & Pick<FindParams, 'locale'> = {}) {
    const { request, query } = splitRequest(options)
    const result = await fetcher.json<{ totalDocs: number }>(withQuery(`/${slug}/count`, { ...query, where }), withTags(request, listTags))
    return result.totalDocs
  }

  return { slug, find, findAll, findById, findBySlug, findSlugs, count }
}
