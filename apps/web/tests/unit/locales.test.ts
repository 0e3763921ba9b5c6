import { describe, expect, it } from '@jest/globals'

import { negotiateLocale } from '@/lib/locales'

describe('negotiateLocale', () => {
  it('defaults to bokmål', () => {
    expect(negotiateLocale(null)).toBe('nb')
    expect(negotiateLocale('')).toBe('nb')
    expect(negotiateLocale('de-DE,fr;q=0.8')).toBe('nb')
  })

  it('chooses English when the browser prefers it', () => {
    expect(negotiateLocale('en-US,en;q=0.9')).toBe('en')
    expect(negotiateLocale('de;q=0.9, en-GB;q=0.8, nb;q=0.5')).toBe('en')
  })

  it('treats every Norwegian tag as bokmål', () => {
    expect(negotiateLocale('nn-NO,en;q=0.5')).toBe('nb')
    expect(negotiateLocale('no,en;q=0.9')).toBe('nb')
    expect(negotiateLocale('en;q=0.4, nb-NO;q=0.6')).toBe('nb')
  })

  it('ignores languages refused with q=0', () => {
    expect(negotiateLocale('en;q=0, nb;q=0.1')).toBe('nb')
  })
})
