import { describe, expect, it } from '@jest/globals'

import { addressRefusal, allowedNetworkList } from '../../src/api/webhooks/addressPolicy'
import { signWebhook, verifyWebhookSignature } from '../../src/api/webhooks/signature'

/** Which addresses a webhook may reach, and the signature receivers verify. */
describe('webhook destinations', () => {
  const none = allowedNetworkList([])

  it.each([
    '127.0.0.1',
    '127.10.0.1',
    '10.0.0.1',
    '172.16.5.4',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd12:3456::1',
    'fc00::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::10.0.0.1',
  ])('refuses %s by default', (address) => {
    expect(addressRefusal(address, none)).toMatch(/private, loopback, link-local or reserved/)
  })

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows the public address %s', (address) => {
    expect(addressRefusal(address, none)).toBeNull()
  })

  it('allows a private address inside an explicitly allowed network, and only there', () => {
    const loopback = allowedNetworkList(['127.0.0.0/8', '::1/128'])
    expect(addressRefusal('127.0.0.1', loopback)).toBeNull()
    expect(addressRefusal('::1', loopback)).toBeNull()
    expect(addressRefusal('10.0.0.1', loopback)).not.toBeNull()
    expect(addressRefusal('169.254.169.254', loopback)).not.toBeNull()
  })

  it('a name is checked by what it resolves to (localhost → loopback)', async () => {
    const { checkDestination } = await import('../../src/api/webhooks/destination')
    const refused = await checkDestination('http://localhost:9/hook', [])
    expect(refused).toEqual({ ok: false, reason: expect.stringMatching(/localhost resolves to/) })
    const allowed = await checkDestination('http://localhost:9/hook', ['127.0.0.0/8', '::1/128'])
    expect(allowed.ok).toBe(true)
    expect(await checkDestination('http://no-such-host.invalid/hook', [])).toEqual({ ok: false, reason: expect.stringMatching(/Could not resolve/) })
  })
})

describe('webhook signatures', () => {
  const secret = 'whsec_test'
  const body = '{"id":"1","type":"content.published"}'
  const now = Date.UTC(2025, 0, 1)
  const timestamp = Math.floor(now / 1000)

  it('is HMAC-SHA256 of "<timestamp>.<body>", hex, with a v1= prefix', () => {
    expect(signWebhook(secret, timestamp, body)).toMatch(/^v1=[0-9a-f]{64}$/)
    expect(signWebhook(secret, timestamp, body)).not.toBe(signWebhook(secret, timestamp + 1, body))
  })

  it('verifies, and refuses tampering, other secrets and old or future timestamps', () => {
    const signature = signWebhook(secret, timestamp, body)
    const verify = (overrides: Partial<Parameters<typeof verifyWebhookSignature>[0]>) =>
      verifyWebhookSignature({ secret, body, timestamp: String(timestamp), signature, now, ...overrides })
    expect(verify({})).toBe(true)
    expect(verify({ body: body.replace('1', '2') })).toBe(false)
    expect(verify({ secret: 'whsec_other' })).toBe(false)
    expect(verify({ signature: null })).toBe(false)
    expect(verify({ timestamp: 'yesterday' })).toBe(false)
    expect(verify({ now: now + 301_000 })).toBe(false)
    expect(verify({ now: now - 301_000 })).toBe(false)
    expect(verify({ now: now + 299_000 })).toBe(true)
  })
})
