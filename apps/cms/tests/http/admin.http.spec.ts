import { describe, expect, it } from '@jest/globals'

import { http } from '../helpers/httpCms'

describe('admin UI', () => {
  it('answers /admin with 200 and an HTML page (the login for a visitor)', async () => {
    const response = await http('GET', '/admin')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(new URL(response.url).pathname).toMatch(/^\/admin/)
    expect(String(response.body)).toContain('<html')
  })
})
