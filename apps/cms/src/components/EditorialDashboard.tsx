import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { CONTENT_COLLECTION_SLUGS, type ContentCollectionSlug } from '../collections/contentSlugs'
import { env } from '../env'

type Props = { payload: Payload; user?: TypedUser | null; i18n: { language: string } }

type RecentDocument = {
  collection: ContentCollectionSlug
  collectionLabel: string
  id: number | string
  title: string
  status: string
  updatedAt: string
}

const TEXT = {
  en: {
    heading: 'Editorial desk',
    site: 'The live site',
    recent: 'Recently changed',
    none: 'Nothing has been changed yet.',
    draft: 'Draft',
    published: 'Published',
    open: 'Open',
  },
  nb: {
    heading: 'Redaksjonen',
    site: 'Det publiserte nettstedet',
    recent: 'Sist endret',
    none: 'Ingenting er endret ennå.',
    draft: 'Utkast',
    published: 'Publisert',
    open: 'Åpne',
  },
} as const

const RECENT_COUNT = 10

/**
 * The dashboard's first panel: links to the live site in both languages and the most
 * recently changed documents across all content collections (drafts included), each
 * linking to its edit view. Reads with the signed-in user's access.
 */
export async function EditorialDashboard({ payload, user, i18n }: Props) {
  const language = i18n.language === 'nb' ? 'nb' : 'en'
  const text = TEXT[language]
  const recent = user ? await recentlyChanged(payload, user, language) : []
  const adminRoute = payload.config.routes.admin
  const formatter = new Intl.DateTimeFormat(language === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })

  return (
    <section aria-labelledby="editorial-desk-heading" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="editorial-desk-heading">{text.heading}</h2>
      <p>
        {text.site}:{' '}
        <a href={new URL('/nb', env.WEB_URL).toString()} target="_blank" rel="noreferrer">
          {new URL('/nb', env.WEB_URL).toString()}
        </a>
        {' · '}
        <a href={new URL('/en', env.WEB_URL).toString()} target="_blank" rel="noreferrer">
          {new URL('/en', env.WEB_URL).toString()}
        </a>
      </p>
      <h3>{text.recent}</h3>
      {recent.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <ul data-testid="recently-changed" style={{ listStyle: 'none', padding: 0 }}>
          {recent.map((doc) => (
            <li key={`${doc.collection}:${doc.id}`} style={{ padding: 'calc(var(--base) / 4) 0' }}>
              <a href={`${adminRoute}/collections/${doc.collection}/${doc.id}`}>{doc.title}</a>
              {' — '}
              {doc.collectionLabel} · {doc.status === 'published' ? text.published : text.draft} ·{' '}
              <time dateTime={doc.updatedAt}>{formatter.format(new Date(doc.updatedAt))}</time>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

async function recentlyChanged(payload: Payload, user: TypedUser, language: 'nb' | 'en'): Promise<RecentDocument[]> {
  const perCollection = await Promise.all(
    CONTENT_COLLECTION_SLUGS.map(async (collection) => {
      const config = payload.collections[collection]?.config
      if (!config) return []
      const titleField = config.admin.useAsTitle ?? 'id'
      const result = await payload.find({
        collection,
        sort: '-updatedAt',
        limit: RECENT_COUNT,
        depth: 0,
        draft: true,
        locale: language,
        user,
        overrideAccess: false,
      })
      const plural = config.labels.plural
      const collectionLabel = typeof plural === 'string' ? plural : typeof plural === 'object' ? (plural[language] ?? collection) : collection
      return result.docs.map((doc): RecentDocument => {
        const record = doc as unknown as Record<string, unknown>
        const title = record[titleField]
        return {
          collection,
          collectionLabel,
          id: doc.id,
          title: typeof title === 'string' && title ? title : String(doc.id),
          status: typeof record._status === 'string' ? record._status : 'draft',
          updatedAt: typeof record.updatedAt === 'string' ? record.updatedAt : new Date(0).toISOString(),
        }
      })
    }),
  )
  return perCollection
    .flat()
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, RECENT_COUNT)
}
