import { describe, expect, it } from '@jest/globals'

import { missingPath, notFoundPagePath, paths, resolvePublicPath, toPublicPath } from '../src/paths'

describe('paths', () => {
  it('builds the contract addresses in both locales', () => {
    expect(paths.research('en')).toBe('/en/research')
    expect(paths.research('nb')).toBe('/nb/forskning')
    expect(paths.projects('en')).toBe('/en/research/projects')
    expect(paths.projects('nb')).toBe('/nb/forskning/prosjekter')
    expect(paths.search('en', 'janus')).toBe('/en/search?q=janus')
    expect(paths.search('nb', 'hpv vaksine')).toBe('/nb/sok?q=hpv%20vaksine')
  })

  it('nests sections under their department and projects under research', () => {
    expect(paths.department('nb', 'forskningsavdelingen')).toBe('/nb/forskning/forskningsavdelingen')
    expect(paths.section('en', 'research-department', 'janus-serum-bank')).toBe('/en/research/research-department/janus-serum-bank')
    expect(paths.project('nb', 'equalscreen')).toBe('/nb/forskning/prosjekter/equalscreen')
    expect(paths.screeningProgramme('en', 'breastscreen-norway')).toBe('/en/screening-programmes/breastscreen-norway')
    expect(paths.accessibility('nb')).toBe('/nb/tilgjengelighetserklaering')
    expect(paths.keyFigures('nb')).toBe('/nb/nokkeltall')
  })

  it('puts filters and pages of the project index in the query, leaving page 1 out', () => {
    expect(paths.projects('en', { status: 'ongoing', section: 'hpv-related-research', page: 2 })).toBe('/en/research/projects?status=ongoing&section=hpv-related-research&page=2')
    expect(paths.projects('nb', { page: 1 })).toBe('/nb/forskning/prosjekter')
  })

  it('escapes slugs', () => {
    expect(paths.project('en', 'a/b')).toBe('/en/research/projects/a%2Fb')
  })
})

describe('resolvePublicPath', () => {
  it('rewrites bokmål words to the app folders', () => {
    expect(resolvePublicPath('/nb/forskning')).toEqual({ kind: 'page', locale: 'nb', internal: '/nb/research' })
    expect(resolvePublicPath('/nb/forskning/prosjekter')).toEqual({ kind: 'page', locale: 'nb', internal: '/nb/research/projects' })
    expect(resolvePublicPath('/nb/forskning/prosjekter/likskjerm')).toMatchObject({ internal: '/nb/research/projects/likskjerm' })
    expect(resolvePublicPath('/nb/forskning/avd/seksjon')).toMatchObject({ internal: '/nb/research/avd/seksjon' })
    expect(resolvePublicPath('/nb/sok')).toMatchObject({ internal: '/nb/search' })
    expect(resolvePublicPath('/nb/screeningprogrammer/mammografi')).toMatchObject({ internal: '/nb/screening-programmes/mammografi' })
  })

  it('keeps English addresses as they are', () => {
    expect(resolvePublicPath('/en')).toEqual({ kind: 'page', locale: 'en', internal: '/en' })
    expect(resolvePublicPath('/en/research/projects')).toMatchObject({ internal: '/en/research/projects' })
    expect(resolvePublicPath('/en/search')).toMatchObject({ internal: '/en/search' })
  })

  it("sends another locale's words to the 404 page", () => {
    expect(resolvePublicPath('/nb/research')).toMatchObject({ internal: missingPath('nb') })
    expect(resolvePublicPath('/nb/forskning/projects')).toMatchObject({ internal: missingPath('nb') })
    expect(resolvePublicPath('/en/forskning')).toMatchObject({ internal: missingPath('en') })
    expect(resolvePublicPath('/en/whatever')).toMatchObject({ internal: missingPath('en') })
    // The 404 page's own address is not a page for visitors (the edge serves it for 404s).
    expect(resolvePublicPath(notFoundPagePath('en'))).toMatchObject({ internal: missingPath('en') })
    expect(resolvePublicPath(missingPath('nb'))).toMatchObject({ internal: missingPath('nb') })
  })

  it('maps the change-history words of each locale to one folder, by collection and id', () => {
    expect(paths.changeHistory('nb', { collection: 'projects', id: '12' })).toBe('/nb/endringslogg/projects/12')
    expect(paths.changeHistory('en', { global: 'research-overview' })).toBe('/en/change-history/research-overview')
    expect(resolvePublicPath('/nb/endringslogg/projects/12')).toMatchObject({ internal: '/nb/change-history/projects/12' })
    expect(resolvePublicPath('/en/change-history/sections/abc')).toMatchObject({ internal: '/en/change-history/sections/abc' })
    expect(resolvePublicPath('/nb/change-history/projects/12')).toMatchObject({ internal: missingPath('nb') })
  })

  it('tells the root and unknown locales apart', () => {
    expect(resolvePublicPath('/')).toEqual({ kind: 'not-localized' })
    expect(resolvePublicPath('/de/forschung')).toEqual({ kind: 'unknown-locale' })
  })
})

describe('toPublicPath', () => {
  it('is the inverse of resolvePublicPath for pages', () => {
    for (const path of ['/nb', '/nb/forskning', '/nb/forskning/prosjekter/x', '/en/research/dept/section', '/nb/sok', '/en/key-figures', '/nb/endringslogg/projects/3']) {
      const resolved = resolvePublicPath(path)
      if (resolved.kind !== 'page') throw new Error(`${path} did not resolve`)
      expect(toPublicPath(resolved.internal)).toBe(path)
    }
  })
})
