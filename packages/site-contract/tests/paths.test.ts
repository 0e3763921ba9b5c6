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

  it('puts a page\'s change history under the page\'s own address, with no id in it', () => {
    expect(paths.changeHistory('nb', paths.project('nb', 'equalscreen'))).toBe('/nb/forskning/prosjekter/equalscreen/endringslogg')
    expect(paths.changeHistory('en', paths.research('en'))).toBe('/en/research/change-history')
    expect(paths.changeHistory('en', paths.section('en', 'dept', 'janus'))).toBe('/en/research/dept/janus/change-history')
    expect(resolvePublicPath('/nb/forskning/endringslogg')).toMatchObject({ internal: '/nb/research/change-history' })
    expect(resolvePublicPath('/nb/forskning/avd/endringslogg')).toMatchObject({ internal: '/nb/research/avd/change-history' })
    expect(resolvePublicPath('/nb/forskning/avd/seksjon/endringslogg')).toMatchObject({ internal: '/nb/research/avd/seksjon/change-history' })
    expect(resolvePublicPath('/nb/forskning/prosjekter/x/endringslogg')).toMatchObject({ internal: '/nb/research/projects/x/change-history' })
    expect(resolvePublicPath('/nb/screeningprogrammer/mammografi/endringslogg')).toMatchObject({ internal: '/nb/screening-programmes/mammografi/change-history' })
    expect(resolvePublicPath('/en/screening-programmes/x/change-history')).toMatchObject({ internal: '/en/screening-programmes/x/change-history' })
  })

  it('has one change-history address per page and locale', () => {
    // The other locale's word, and the old top-level address, are not pages.
    expect(resolvePublicPath('/nb/forskning/change-history')).toMatchObject({ internal: missingPath('nb') })
    expect(resolvePublicPath('/nb/forskning/prosjekter/x/change-history')).toMatchObject({ internal: missingPath('nb') })
    expect(resolvePublicPath('/nb/endringslogg/projects/12')).toMatchObject({ internal: missingPath('nb') })
    expect(resolvePublicPath('/en/change-history/projects/12')).toMatchObject({ internal: missingPath('en') })
    // Pages without a history keep the word as an ordinary slug (the page answers 404 if there is none).
    expect(resolvePublicPath('/nb/forskning/prosjekter/endringslogg')).toMatchObject({ internal: '/nb/research/projects/endringslogg' })
    expect(resolvePublicPath('/nb/nokkeltall/endringslogg')).toMatchObject({ internal: '/nb/key-figures/endringslogg' })
  })

  it('tells the root and unknown locales apart', () => {
    expect(resolvePublicPath('/')).toEqual({ kind: 'not-localized' })
    expect(resolvePublicPath('/de/forschung')).toEqual({ kind: 'unknown-locale' })
  })
})

describe('toPublicPath', () => {
  it('is the inverse of resolvePublicPath for pages', () => {
    for (const path of ['/nb', '/nb/forskning', '/nb/forskning/prosjekter/x', '/en/research/dept/section', '/nb/sok', '/en/key-figures', '/nb/forskning/prosjekter/x/endringslogg', '/nb/forskning/endringslogg', '/nb/forskning/a/b/endringslogg', '/en/screening-programmes/x/change-history', '/en/research/change-history']) {
      const resolved = resolvePublicPath(path)
      if (resolved.kind !== 'page') throw new Error(`${path} did not resolve`)
      expect(toPublicPath(resolved.internal)).toBe(path)
    }
  })
})
