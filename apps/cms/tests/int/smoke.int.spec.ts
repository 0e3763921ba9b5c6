import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'

let booted: BootedPayload

beforeAll(async () => {
  booted = await bootPayload('smoke')
})
afterAll(async () => {
  await booted.shutdown()
})

describe('smoke', () => {
  it('creates a department', async () => {
    const doc = await booted.payload.create({
      collection: 'departments',
      data: { title: 'Forskningsavdelingen', kind: 'research', _status: 'published' },
      locale: 'nb',
    })
    expect(doc.slug).toBe('forskningsavdelingen')
  })
})
