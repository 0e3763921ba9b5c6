import { describe, expect, it } from '@jest/globals'

import { validateAltText } from '../../src/gates/altText'
import { findNationalIdentityNumbers, isNationalIdentityNumber, mod11CheckDigit, validateNoNationalIdentityNumber } from '../../src/gates/nationalIdentityNumber'
import { richTextProblems } from '../../src/gates/richTextChecks'

/**
 * Synthetic identity numbers, computed for these tests with the official mod-11 rule
 * (k1 weights 3 7 6 1 8 9 4 5 2, k2 weights 5 4 3 2 7 6 5 4 3 2): none belongs to a person
 * we know of, but each passes both check digits.
 */
const VALID_FODSELSNUMMER = ['15058510170', '01010110013', '31129910065', '29029010070']
const VALID_D_NUMBER = '45118010187' // day 05 + 40

describe('national identity numbers (fødselsnummer / D-number)', () => {
  it('computes the check digits the official way', () => {
    // 150585 101 → k1 7, then k2 0
    expect(mod11CheckDigit([1, 5, 0, 5, 8, 5, 1, 0, 1], [3, 7, 6, 1, 8, 9, 4, 5, 2])).toBe(7)
    expect(mod11CheckDigit([1, 5, 0, 5, 8, 5, 1, 0, 1, 7], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])).toBe(0)
  })

  it.each([...VALID_FODSELSNUMMER, VALID_D_NUMBER])('recognises %s', (number) => {
    expect(isNationalIdentityNumber(number)).toBe(true)
    expect(findNationalIdentityNumbers(`Pasienten har nummer ${number}.`)).toEqual([number])
  })

  it('recognises a number written with a space after the date part', () => {
    expect(findNationalIdentityNumbers('fnr 150585 10170 oppgitt')).toEqual(['150585 10170'])
  })

  it.each(VALID_FODSELSNUMMER)('accepts %s with a wrong check digit (a count or phone number is no identity number)', (number) => {
    const wrongK2 = `${number.slice(0, 10)}${(Number(number[10]) + 1) % 10}`
    const wrongK1 = `${number.slice(0, 9)}${(Number(number[9]) + 1) % 10}${number[10]}`
    expect(isNationalIdentityNumber(wrongK2)).toBe(false)
    expect(isNationalIdentityNumber(wrongK1)).toBe(false)
    expect(validateNoNationalIdentityNumber(`Tallet ${wrongK2} er en telling.`)).toBe(true)
  })

  it('accepts 11-digit counts and longer digit runs', () => {
    expect(validateNoNationalIdentityNumber('Vi har 12345678901 prøver.')).toBe(true)
    expect(validateNoNationalIdentityNumber(`Kode 9${VALID_FODSELSNUMMER[0]}9`)).toBe(true)
    expect(validateNoNationalIdentityNumber('318 628 givere, 166 137 menn')).toBe(true)
  })

  it('refuses text, nested values and rich text holding a valid number, without repeating it', () => {
    const message = validateNoNationalIdentityNumber({ nb: 'ok', en: `id ${VALID_D_NUMBER}` })
    expect(message).toMatch(/national identity number/)
    expect(String(message)).not.toContain(VALID_D_NUMBER)
    expect(validateNoNationalIdentityNumber({ root: { children: [{ type: 'text', text: VALID_FODSELSNUMMER[1] }] } })).not.toBe(true)
  })
})

const heading = (tag: string, text: string) => ({ type: 'heading', tag, children: [{ type: 'text', text }] })
const link = (text: string) => ({ type: 'paragraph', children: [{ type: 'link', fields: { url: 'https://example.org/' }, children: text ? [{ type: 'text', text }] : [] }] })
const doc = (...children: unknown[]) => ({ root: { type: 'root', children } })

describe('rich text checks', () => {
  it('accepts h2 → h3 → h2 and descriptive links', () => {
    expect(richTextProblems(doc(heading('h2', 'A'), heading('h3', 'B'), heading('h2', 'C'), link('Janus-materialet på Kreftregisteret')))).toEqual([])
  })

  it('reports each heading that skips a level', () => {
    const problems = richTextProblems(doc(heading('h3', 'For tidlig'), heading('h2', 'Ok'), heading('h4', 'Hopper')))
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('"For tidlig" is h3 after h1'),
      expect.stringContaining('"Hopper" is h4 after h2'),
    ])
  })

  it.each(['', 'klikk her', 'Click here', 'les mer', 'Read more.', 'https://www.kreftregisteret.no/', 'www.fhi.no'])('reports the link text %j', (text) => {
    expect(richTextProblems(doc(link(text)))).toHaveLength(1)
  })
})

describe('alt text', () => {
  it('requires bokmål alt text that describes the image', () => {
    expect(validateAltText('', { required: true })).toMatch(/bokmål/)
    expect(validateAltText('IMG_1234.jpg', { required: true })).toMatch(/file name/)
    expect(validateAltText('Bilde', { required: true })).toMatch(/does not describe/)
    expect(validateAltText('Fryserom med prøverør i Janus serumbank', { required: true })).toBe(true)
    expect(validateAltText('', { required: false })).toBe(true)
  })
})
