import { describe, expect, it } from '@jest/globals'

import { buildQueryString, projectWhere, withQuery } from '../src'

const decoded = (query: string) => decodeURIComponent(query).split('&')

describe('buildQueryString', () => {
  it('is empty without parameters', () => {
    expect(buildQueryString()).toBe('')
    expect(withQuery('/projects')).toBe('/projects')
  })

  it('encodes locale, fallback, depth, limit, page, sort and pagination', () => {
    expect(
      buildQueryString({ locale: 'en', fallbackLocale: 'none', depth: 1, limit: 12, page: 3, sort: ['-startYear', 'title'], pagination: false }),
    ).toBe('locale=en&fallback-locale=none&depth=1&limit=12&page=3&sort=-startYear%2Ctitle&pagination=false')
  })

  it('leaves the fallback to the CMS by default', () => {
    expect(buildQueryString({ locale: 'nb', fallbackLocale: 'default' })).toBe('locale=nb')
  })

  it('encodes nested where clauses in the bracket form Payload parses', () => {
    const query = buildQueryString({
      where: { or: [{ title: { like: 'janus serum' } }, { status: { in: ['ongoing', 'completed'] } }], slug: { exists: true } },
    })
    expect(decoded(query)).toEqual([
      'where[or][0][title][like]=janus serum',
      'where[or][1][status][in][0]=ongoing',
      'where[or][1][status][in][1]=completed',
      'where[slug][exists]=true',
    ])
  })

  it('escapes values so they cannot inject parameters', () => {
    expect(buildQueryString({ where: { slug: { equals: 'a&b=c' } } })).toBe('where[slug][equals]=a%26b%3Dc')
  })

  it('encodes select and joins', () => {
    const query = buildQueryString({ select: { slug: true, source: { url: true } }, joins: { sections: { limit: 5, sort: 'order' }, projects: false } })
    expect(decoded(query)).toEqual([
      'select[slug]=true',
      'select[source][url]=true',
      'joins[sections][limit]=5',
      'joins[sections][sort]=order',
      'joins[projects]=false',
    ])
  })
})

describe('projectWhere', () => {
  it('is undefined without filters', () => {
    expect(projectWhere({})).toBeUndefined()
  })

  it('uses a single condition as is', () => {
    expect(projectWhere({ status: 'ongoing' })).toEqual({ status: { equals: 'ongoing' } })
  })

  it('combines status, section and person with and/or', () => {
    expect(projectWhere({ status: 'completed', section: 'section-4', person: 'person-9' })).toEqual({
      and: [
        { status: { equals: 'completed' } },
        { sections: { in: ['section-4'] } },
        { or: [{ projectManager: { equals: 'person-9' } }, { participants: { in: ['person-9'] } }] },
      ],
    })
  })
})
