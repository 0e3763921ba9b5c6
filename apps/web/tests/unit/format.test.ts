import { describe, expect, it } from '@jest/globals'

import { formatDate, formatList, formatMoney, formatNumber, formatYearRange, isoDate } from '@/lib/format'

// Intl uses a no-break space (U+00A0) for Norwegian digit grouping; normalise for readable expectations.
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('formatDate', () => {
  it('writes "Last updated" dates the way each language does', () => {
    expect(formatDate('2020-11-16T12:00:00.000Z', 'en')).toBe('16 Nov 2020')
    expect(formatDate('2020-11-16T12:00:00.000Z', 'nb')).toBe('16.11.2020')
  })

  it('uses the Norwegian calendar day for dates stored at midnight Oslo time', () => {
    expect(formatDate('2020-11-15T23:00:00.000Z', 'nb')).toBe('16.11.2020')
    expect(isoDate('2020-11-15T23:00:00.000Z')).toBe('2020-11-16')
  })

  it('gives nothing for missing or invalid dates', () => {
    expect(formatDate(null, 'en')).toBe('')
    expect(formatDate('not a date', 'nb')).toBe('')
    expect(isoDate(undefined)).toBe('')
  })
})

describe('formatNumber', () => {
  it('groups digits per locale: 318,628 / 318 628', () => {
    expect(formatNumber(318628, 'en')).toBe('318,628')
    expect(spaces(formatNumber(318628, 'nb'))).toBe('318 628')
  })

  it('keeps decimals with the locale separator', () => {
    expect(formatNumber(2.5, 'en')).toBe('2.5')
    expect(formatNumber(2.5, 'nb')).toBe('2,5')
  })
})

describe('formatMoney, formatYearRange, formatList', () => {
  it('formats amounts with their currency', () => {
    expect(spaces(formatMoney(1500000, 'NOK', 'en'))).toBe('NOK 1,500,000')
    expect(spaces(formatMoney(1500000, 'NOK', 'nb'))).toBe('1 500 000 kr')
  })

  it('writes year ranges with an en dash', () => {
    expect(formatYearRange(2015, 2020)).toBe('2015–2020')
    expect(formatYearRange(2015, null)).toBe('2015–')
    expect(formatYearRange(2019, 2019)).toBe('2019')
    expect(formatYearRange(null, null)).toBe('')
  })

  it('joins lists with the language’s conjunction', () => {
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C')
    expect(formatList(['A', 'B', 'C'], 'nb')).toBe('A, B og C')
  })
})
