import { ContentNotFoundError, ContentUsageError } from '../errors'
import type { Fetcher, RequestOptions } from '../fetcher'
import { DEFAULT_LOCALE, type FallbackLocale, type Locale } from '../locale'
import { checkPageSize, MAX_PAGE_SIZE, type PaginatedDocs } from '../pagination'
import { withQuery } from '../query'
import { documentTags, tags as cacheTags } from '../tags'
import type { ContentCollectionSlug, Depth, DocumentOf, JoinsOf, SelectOf, SortOf, WhereOf } from '../types'

/** The read parameters of one collection, typed by its generated document type. */
export interface CollectionQuery<TSlug extends ContentCollectionSlug = ContentCollectionSlug> {
  /** Payload's query syntax over this collection's fields: `{ status: { equals: 'ongoing' } }`. */
  where?: WhereOf<TSlug>
  /** `nb` (default), `en`, or `all` (every localized field as `{ nb, en }`). */
  locale?: Locale | 'all'
  /** `'default'` (or leaving it out): untranslated fields fall back to bokmål; `'none'`: they stay empty. */
  fallbackLocale?: FallbackLocale
  /** How deep relationships are expanded into documents (0–2; the CMS's default is 2). */
  depth?: Depth
  /** Page size, 1–100 (the CMS's default is 10). */
  limit?: number
  /** Page number, from 1. */
  page?: number
  /** A field, `-field` for descending, or several in order. */
  sort?: SortOf<TSlug> | readonly SortOf<TSlug>[]
  /**
   * Only these fields (plus `id`): `{ title: true, slug: true }`; or all but these: `{ body: false }`.
   * The result keeps the document type: fields left out are simply absent.
   */
  select?: SelectOf<TSlug>
  /** Paging of reverse relations, e.g. a department's `sections`. */
  joins?: JoinsOf<TSlug>
  /** `false`: skip counting; the answer still holds at most `limit` documents. */
  pagination?: boolean
  /**
   * Preview clients (`drafts: true`) read the latest drafts; `false` reads the published
   * version instead. `true` on a client without drafts throws `ContentUsageError` (nothing is sent).
   */
  draft?: boolean
}

/** Options of a read: query parameters plus per-request options (timeout, cache tags). */
export type FindOptions<TSlug extends ContentCollectionSlug = ContentCollectionSlug> = CollectionQuery<TSlug> & RequestOptions

/** Options of a single-document read. */
export type FindOneOptions<TSlug extends ContentCollectionSlug = ContentCollectionSlug> = Pick<
  CollectionQuery<TSlug>,
  'locale' | 'fallbackLocale' | 'depth' | 'select' | 'joins' | 'draft'
> &
  RequestOptions

/** Options of `pages()`, `iterate()` and `findEvery()`: a query walked page by page. */
export type PageWalkOptions<TSlug extends ContentCollectionSlug = ContentCollectionSlug> = Omit<FindOptions<TSlug>, 'pagination'> & {
  /**
   * Stop after this many pages (default 1000). `pages()` and `iterate()` simply end there;
   * `findEvery()` throws `ContentUsageError` when more pages remain, rather than return part of the result.
   */
  maxPages?: number
}

/** A localized field read with `locale=all`: one value per locale (missing where untranslated). */
export type LocalizedValue<T> = Partial<Record<Locale, T>>

/** The reads every content collection offers. */
export interface CollectionResource<TSlug extends ContentCollectionSlug> {
  readonly slug: TSlug
  /** One page of documents matching the query. */
  find(options?: FindOptions<TSlug>): Promise<PaginatedDocs<DocumentOf<TSlug>>>
  /** Every matching document up to `limit` (default 100) in one request, without counting. Use `findEvery` for more. */
  findAll(options?: Omit<FindOptions<TSlug>, 'page' | 'pagination'>): Promise<DocumentOf<TSlug>[]>
  /**
   * The pages of a query, one request each (`limit` per page, default and at most 100), from `page`
   * (default 1) to the last. Sorted by `sort` plus `id`, so pages neither overlap nor skip while
   * the content is unchanged.
   */
  pages(options?: PageWalkOptions<TSlug>): AsyncGenerator<PaginatedDocs<DocumentOf<TSlug>>, void, undefined>
  /** The documents of `pages()`, one by one. */
  iterate(options?: PageWalkOptions<TSlug>): AsyncGenerator<DocumentOf<TSlug>, void, undefined>
  /** Every matching document, read page by page (⌈total / limit⌉ requests). */
  findEvery(options?: PageWalkOptions<TSlug>): Promise<DocumentOf<TSlug>[]>
  /** One document by id; throws `ContentNotFoundError` when missing or unpublished. */
  findById(id: string, options?: FindOneOptions<TSlug>): Promise<DocumentOf<TSlug>>
  /**
   * One document by its slug in `locale`; when nothing matches and fallback is on, the slug is
   * also tried in the default locale (an untranslated document keeps its bokmål slug).
   * Throws `ContentNotFoundError` when missing.
   */
  findBySlug(slug: string, options?: FindOneOptions<TSlug>): Promise<DocumentOf<TSlug>>
  /** The document's slug in every locale (for language switchers and hreflang). */
  findSlugs(id: string, options?: RequestOptions & Pick<CollectionQuery<TSlug>, 'draft'>): Promise<LocalizedValue<string>>
  /** Number of documents matching `where`. */
  count(where?: WhereOf<TSlug>, options?: RequestOptions & Pick<CollectionQuery<TSlug>, 'locale' | 'draft'>): Promise<number>
}

/** Pages `pages()` reads at most unless told otherwise (100 000 documents at 100 per page). */
export const DEFAULT_MAX_PAGES = 1000

const withTags = (options: RequestOptions, own: string[]): RequestOptions => ({
  ...options,
  tags: [...own, ...(options.tags ?? [])],
})

function splitRequest<T extends RequestOptions>(options: T): { request: RequestOptions; query: Omit<T, keyof RequestOptions> } {
  const { tags, revalidate, timeoutMs, signal, ...query } = options
  return { request: { tags, revalidate, timeoutMs, signal }, query }
}

/** The sort keys of a page walk: the caller's, then `id` as the tie-breaker that makes the order total. */
function totalOrder<TSlug extends ContentCollectionSlug>(sort: SortOf<TSlug> | readonly SortOf<TSlug>[] | undefined): string[] {
  const keys: string[] = sort === undefined ? [] : typeof sort === 'string' ? [sort] : [...sort]
  return keys.some((key) => key === 'id' || key === '-id') ? keys : [...keys, 'id']
}

/** Builds the generic reads for one collection; resource modules add their own queries on top. */
export function createCollectionResource<TSlug extends ContentCollectionSlug>(
  fetcher: Fetcher,
  slug: TSlug,
): CollectionResource<TSlug> {
  type Doc = DocumentOf<TSlug>
  const listTags = [cacheTags.collection(slug), cacheTags.all]

  async function find(options: FindOptions<TSlug> = {}) {
    const { request, query } = splitRequest(options)
    const path = withQuery(`/${slug}`, { ...query, draft: fetcher.draftFor(query.draft) })
    return fetcher.json<PaginatedDocs<Doc>>(path, withTags(request, listTags))
  }

  async function findAll(options: Omit<FindOptions<TSlug>, 'page' | 'pagination'> = {}) {
    const result = await find({ limit: MAX_PAGE_SIZE, ...options, pagination: false })
    return result.docs
  }

  async function* pages(options: PageWalkOptions<TSlug> = {}): AsyncGenerator<PaginatedDocs<Doc>, void, undefined> {
    const { maxPages = DEFAULT_MAX_PAGES, limit = MAX_PAGE_SIZE, page: firstPage = 1, sort, ...rest } = options
    checkPageSize(limit, fetcher.url(`/${slug}`))
    if (!Number.isInteger(maxPages) || maxPages < 1) {
      throw new ContentUsageError(`maxPages must be a whole number of at least 1, not ${maxPages}`, fetcher.url(`/${slug}`))
    }
    const { request, query } = splitRequest(rest)
    const order = totalOrder(sort)
    const draft = fetcher.draftFor(query.draft)
    for (let page = firstPage, read = 0; read < maxPages; page += 1, read += 1) {
      const result = await fetcher.json<PaginatedDocs<Doc>>(withQuery(`/${slug}`, { ...query, limit, page, sort: order, draft }), withTags(request, listTags))
      yield result
      // `nextPage` must move forward: anything else ends the walk instead of looping.
      if (!result.hasNextPage || result.nextPage !== page + 1) return
    }
  }

  async function* iterate(options: PageWalkOptions<TSlug> = {}): AsyncGenerator<Doc, void, undefined> {
    for await (const result of pages(options)) yield* result.docs
  }

  async function findEvery(options: PageWalkOptions<TSlug> = {}) {
    const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES
    const docs: Doc[] = []
    let last: PaginatedDocs<Doc> | undefined
    for await (const result of pages({ ...options, maxPages })) {
      docs.push(...result.docs)
      last = result
    }
    if (last?.hasNextPage) {
      throw new ContentUsageError(
        `${slug}: more than ${maxPages} pages of ${last.limit} match (${last.totalDocs} documents); narrow the query or raise maxPages.`,
        fetcher.url(`/${slug}`),
      )
    }
    return docs
  }

  async function findById(id: string, options: FindOneOptions<TSlug> = {}) {
    const { request, query } = splitRequest(options)
    const path = withQuery(`/${slug}/${encodeURIComponent(String(id))}`, { ...query, draft: fetcher.draftFor(query.draft) })
    return fetcher.json<Doc>(path, withTags(request, documentTags(slug, id)))
  }

  async function findBySlugIn(value: string, locale: Locale | undefined, fallbackLocale: FallbackLocale | undefined, options: FindOneOptions<TSlug>) {
    const { request, query } = splitRequest(options)
    const where: WhereOf<ContentCollectionSlug> = { slug: { equals: value } }
    const result = await fetcher.json<PaginatedDocs<Doc>>(
      withQuery(`/${slug}`, { ...query, locale, fallbackLocale, where, limit: 1, draft: fetcher.draftFor(query.draft) }),
      withTags(request, listTags),
    )
    return result.docs[0]
  }

  async function findBySlug(value: string, options: FindOneOptions<TSlug> = {}) {
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

  async function findSlugs(id: string, options: RequestOptions & Pick<CollectionQuery<TSlug>, 'draft'> = {}) {
    const { request, query } = splitRequest(options)
    const path = withQuery(`/${slug}/${encodeURIComponent(String(id))}`, {
      locale: 'all',
      depth: 0,
      select: { slug: true },
      draft: fetcher.draftFor(query.draft),
    })
    const doc = await fetcher.json<{ slug?: LocalizedValue<string> | string }>(path, withTags(request, documentTags(slug, id)))
    // Without localization Payload returns a plain string; with `locale=all`, one value per locale.
    if (typeof doc.slug === 'string') return { [DEFAULT_LOCALE]: doc.slug }
    const slugs: LocalizedValue<string> = {}
    for (const [locale, value] of Object.entries(doc.slug ?? {})) {
      if ((locale === 'nb' || locale === 'en') && typeof value === 'string' && value !== '') slugs[locale] = value
    }
    return slugs
  }

  async function count(where?: WhereOf<TSlug>, options: RequestOptions & Pick<CollectionQuery<TSlug>, 'locale' | 'draft'> = {}) {
    const { request, query } = splitRequest(options)
    const path = withQuery(`/${slug}/count`, { locale: query.locale, where, draft: fetcher.draftFor(query.draft) })
    const result = await fetcher.json<{ totalDocs: number }>(path, withTags(request, listTags))
    return result.totalDocs
  }

  return { slug, find, findAll, pages, iterate, findEvery, findById, findBySlug, findSlugs, count }
}
