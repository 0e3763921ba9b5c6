import { describe, expect, it } from '@jest/globals'

/**
 * Production settings derived from the public origins: the auth cookie is Secure when the
 * CMS is served over https, and cookie-authenticated requests (CSRF) and browser calls
 * (CORS) are accepted from the CMS and the site only.
 */
describe('cookies, CSRF and CORS for the deployed origins', () => {
  it('marks the auth cookie Secure for an https CMS and trusts exactly the CMS and site origins', async () => {
    process.env.CMS_URL = 'https://cms.kreftregisteret.example'
    process.env.WEB_URL = 'https://www.kreftregisteret.example'
    process.env.DATABASE_URI = `file:${process.env.TMPDIR ?? '/tmp'}/crn-unit-security-${process.pid}.db`
    const { Users } = await import('../../src/collections/Users')
    const auth = Users.auth
    expect(typeof auth === 'object' ? auth.cookies : undefined).toEqual({ secure: true, sameSite: 'Lax' })

    const { default: configPromise } = await import('../../src/payload.config')
    const config = await configPromise
    expect(config.csrf).toEqual(expect.arrayContaining(['https://cms.kreftregisteret.example', 'https://www.kreftregisteret.example']))
    expect(config.csrf).not.toContain('*')
    expect(config.cors).not.toBe('*')
    expect(JSON.stringify(config.cors)).toContain('https://www.kreftregisteret.example')
    expect(config.serverURL).toBe('https://cms.kreftregisteret.example')
  })
})
