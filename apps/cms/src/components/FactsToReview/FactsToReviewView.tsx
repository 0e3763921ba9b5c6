import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { hasEditorialRole } from '../../access'
import { type FactProblem, findFactsToReview } from '../../provenance/factsToReview'
import { factsText } from './text'

/**
 * Admin view "Facts to review" (`/admin/facts-to-review`): figures whose review date has
 * passed, whose source gives no date, or that cite no source, newest problem first, each
 * linking to its edit view.
 */
export async function FactsToReviewView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const text = factsText(req.i18n.language)
  const facts = hasEditorialRole({ req }) ? await findFactsToReview(req) : []
  const adminRoute = req.payload.config.routes.admin
  const formatter = new Intl.DateTimeFormat(text.dateLocale, { dateStyle: 'medium' })
  const problemLabel = (problem: FactProblem) => text.problems[problem]

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={{ collections: visibleEntities?.collections ?? [], globals: visibleEntities?.globals ?? [] }}
    >
      <Gutter>
        <h1>{text.heading}</h1>
        <p>{text.intro}</p>
        {facts.length === 0 ? (
          <p>{text.none}</p>
        ) : (
          <table className="facts-to-review">
            <caption className="visually-hidden">{text.heading}</caption>
            <thead>
              <tr>
                <th scope="col">{text.figure}</th>
                <th scope="col">{text.collection}</th>
                <th scope="col">{text.problem}</th>
                <th scope="col">{text.since}</th>
              </tr>
            </thead>
            <tbody>
              {facts.map((fact) => (
                <tr key={`${fact.collection}:${String(fact.id)}`}>
                  <td>
                    <a href={`${adminRoute}/collections/${fact.collection}/${String(fact.id)}`}>{fact.title}</a>
                  </td>
                  <td>{text.collections[fact.collection]}</td>
                  <td>{fact.problems.map(problemLabel).join(', ')}</td>
                  <td>
                    <time dateTime={fact.problemSince}>{formatter.format(new Date(fact.problemSince))}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
