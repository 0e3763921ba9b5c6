import { e2eState } from './state'

export type Locale = 'nb' | 'en'

/** A content document as the CMS's REST API returns it (the fields the specs read). */
export interface CmsDocument {
  id: number | string
  title: string
  slug: string
  _status?: 'draft' | 'published'
  [field: string]: unknown
}

interface CmsList {
  docs: CmsDocument[]
  totalDocs: number
  hasNextPage: boolean
}

let token: string | undefined

/** Signs in as the admin the global setup seeded (SEED_ADMIN_EMAIL/SEED_ADMIN_PASSWORD). */
export async function adminToken(): Promise<string> {
  if (token) return token
  const { cmsUrl, adminEmail, adminPassword } = e2eState()
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: adminEmail, password: adminPassword }),
    signal: AbortSignal.timeout(30_000),
  })
  const body = (await response.json()) as { token?: string; errors?: unknown }
  if (!response.ok || !body.token) throw new Error(`Admin login failed (${response.status}): ${JSON.stringify(body)}`)
  token = body.token
  return token
}

/** A request to the CMS REST API (`path` starts after /api), as the admin or anonymously. */
export async function cmsApi<T>(path: string, init: RequestInit & { asAdmin?: boolean } = {}): Promise<T> {
  const { asAdmin = false, headers, ...rest } = init
  const auth: Record<string, string> = asAdmin ? { Authorization: `JWT ${await adminToken()}` } : {}
  const response = await fetch(`${e2eState().cmsUrl}/api${path}`, {
    ...rest,
    headers: { 'Content-Type': 'application/json', ...auth, ...headers },
    signal: AbortSignal.timeout(30_000),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${rest.method ?? 'GET'} /api${path} answered ${response.status}: ${text.slice(0, 500)}`)
  return JSON.parse(text) as T
}

/** Every published document of a collection in one locale, as an anonymous reader sees it. */
export async function publishedDocuments(collection: string, locale: Locale, depth = 0): Promise<CmsDocument[]> {
  const documents: CmsDocument[] = []
  for (let page = 1; page <= 100; page += 1) {
    const list = await cmsApi<CmsList>(`/${collection}?locale=${locale}&depth=${depth}&limit=100&page=${page}&sort=id`)
    documents.push(...list.docs)
    if (!list.hasNextPage) return documents
  }
  throw new Error(`${collection}: more than 100 pages of documents`)
}

/** The id of a relationship field, whether the API returned it populated or not. */
export function relationId(value: unknown): number | string | undefined {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    if (typeof id === 'number' || typeof id === 'string') return id
  }
  return undefined
}

/**
 * Creates a project as the admin in bokmål, then adds its English title and slug.
 * `status: 'draft'` leaves it unpublished (anonymous readers must never see it).
 */
export async function createProject(input: {
  nb: { title: string; slug: string; lead: string }
  en: { title: string; slug: string; lead: string }
  sectionId: number | string
  status: 'draft' | 'published'
}): Promise<CmsDocument> {
  const draftQuery = input.status === 'draft' ? '&draft=true' : ''
  const created = await cmsApi<{ doc: CmsDocument }>(`/projects?locale=nb&depth=0${draftQuery}`, {
    method: 'POST',
    asAdmin: true,
    body: JSON.stringify({
      ...input.nb,
      status: 'ongoing',
      startYear: 2024,
      sections: [input.sectionId],
      lastUpdated: new Date().toISOString(),
      _status: input.status,
    }),
  })
  await cmsApi(`/projects/${created.doc.id}?locale=en&depth=0${draftQuery}`, {
    method: 'PATCH',
    asAdmin: true,
    body: JSON.stringify({ ...input.en, _status: input.status }),
  })
  return created.doc
}

/** Publishes a project with its text in both locales (a draft's localized edits live in its versions). */
export async function publishProject(
  id: CmsDocument['id'],
  text: { nb: { title: string; slug: string; lead: string }; en: { title: string; slug: string; lead: string } },
): Promise<void> {
  for (const locale of ['nb', 'en'] as const) {
    await cmsApi(`/projects/${id}?locale=${locale}&depth=0`, {
      method: 'PATCH',
      asAdmin: true,
      body: JSON.stringify({ ...text[locale], _status: 'published' }),
    })
  }
}
