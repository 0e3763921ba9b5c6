import { describe, expect, it } from '@jest/globals'

import { createPreviewToken, PREVIEW_TOKEN_TTL_SECONDS, verifyPreviewToken } from '../src/previewToken'

const SECRET = 'preview-secret-for-unit-tests-0123456789'
const claims = { document: 'projects/0f8e2a4c-7b1d-4e3a-9c55-3e2f1a0b9c8d', locale: 'en' as const, path: '/en/research/projects/equalscreen', origin: 'https://cms.example.org' }
const now = Date.UTC(2026, 10, 29, 12, 0, 0)

describe('preview tokens', () => {
  it('carry the document, locale, page and origin, and expire after the TTL', () => {
    const token = createPreviewToken(SECRET, claims, now)
    const check = verifyPreviewToken(SECRET, token, now + 1000)
    expect(check).toEqual({ valid: true, claims: { ...claims, exp: now / 1000 + PREVIEW_TOKEN_TTL_SECONDS } })
    expect(verifyPreviewToken(SECRET, token, now + PREVIEW_TOKEN_TTL_SECONDS * 1000)).toEqual({ valid: false, reason: 'expired' })
  })

  it('are refused when signed with another secret or altered', () => {
    const token = createPreviewToken(SECRET, claims, now)
    expect(verifyPreviewToken(`${SECRET}x`, token, now)).toEqual({ valid: false, reason: 'bad-signature' })
    const [version, body, signature] = token.split('.')
    const forged = Buffer.from(JSON.stringify({ ...claims, path: '/en/other', exp: now / 1000 + 60 })).toString('base64url')
    expect(verifyPreviewToken(SECRET, `${version}.${forged}.${signature}`, now)).toEqual({ valid: false, reason: 'bad-signature' })
    expect(verifyPreviewToken(SECRET, `${version}.${body}.${signature?.slice(1)}`, now)).toEqual({ valid: false, reason: 'bad-signature' })
  })

  it.each(['', 'abc', 'v1.only-two', 'v2.a.b', 'v1.a.b.c', 'x'.repeat(5000)])('are refused when malformed: %j', (token) => {
    expect(verifyPreviewToken(SECRET, token, now)).toMatchObject({ valid: false, reason: 'malformed' })
  })

  it('are refused when the signed claims are not preview claims', () => {
    // Correctly signed, wrong shape: only the CMS holds the secret, but the check does not rely on it.
    const token = createPreviewToken(SECRET, { ...claims, locale: 'de' as never }, now)
    expect(verifyPreviewToken(SECRET, token, now)).toEqual({ valid: false, reason: 'malformed' })
  })
})
