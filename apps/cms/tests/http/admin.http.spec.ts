import { describe, expect, it } from '@jest/globals'

import { adminToken, http } from '../helpers/httpCms'
import { errorMessages } from '../helpers/restErrors'

describe('admin UI', () => {
  it('answers /admin with 200 and an HTML page (the login for a visitor)', async () => {
    const response = await http('GET', '/admin')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(new URL(response.url).pathname).toMatch(/^\/admin/)
    expect(String(response.body)).toContain('<html')
  })

  it('has the admin account from SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD, who can read users', async () => {
    const token = await adminToken()
    const me = await http('GET', '/api/users/me', { token })
    expect(me.status).toBe(200)
    expect((me.body as { user?: { email?: unknown } }).user?.email).toBe(process.env.CMS_TEST_ADMIN_EMAIL)
    expect((await http('GET', '/api/users', { token })).status).toBe(200)
  })

  it('refuses a wrong password with 401 and a message', async () => {
    const response = await http('POST', '/api/users/login', { json: { email: process.env.CMS_TEST_ADMIN_EMAIL, password: 'not-the-password' } })
    expect(response.status).toBe(401)
    expect(errorMessages(response.body)[0]).toBeTruthy()
  })
})
