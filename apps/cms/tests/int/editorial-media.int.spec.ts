import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type * as RestRouteModule from '../../src/app/(payload)/api/[...slug]/route'
import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { type Accounts, signInEveryRole } from '../helpers/editorial/roles'
import { pngImage } from '../helpers/fixtures'

/**
 * Uploads as editors make them: multipart REST requests through the app's own route
 * handler. Refusals (a type outside the allowlist, a file over the limit, missing alt
 * text in either language) are 4xx answers with a reason, never a 500.
 */

let booted: BootedPayload
let accounts: Accounts
type RestRoutes = typeof RestRouteModule
let rest: RestRoutes

beforeAll(async () => {
  booted = await bootPayload('editorial-media')
  accounts = await signInEveryRole(booted.payload)
  rest = await import('../../src/app/(payload)/api/[...slug]/route')
})
afterAll(async () => {
  await booted.shutdown()
})

type Answer = { status: number; body: { doc?: Record<string, unknown>; errors?: { message: string; data?: unknown }[] } }

/** POST /api/media as multipart/form-data: the file plus the fields as `_payload` JSON, as the admin sends them. */
async function upload(file: { data: Buffer; name: string; type: string }, fields: Record<string, unknown>, token = accounts.editor.token): Promise<Answer> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(fields))
  // Encode the form as a browser does, with its Content-Length (Payload's multipart parser requires it).
  const encoded = new Request('http://localhost:3000/', { method: 'POST', body: form })
  const body = await encoded.arrayBuffer()
  const headers = { Authorization: `JWT ${token}`, 'Content-Type': String(encoded.headers.get('content-type')), 'Content-Length': String(body.byteLength) }
  const request = new Request('http://localhost:3000/api/media?depth=0', { method: 'POST', headers, body })
  const response = await rest.POST(request, { params: Promise.resolve({ slug: ['media'] }) })
  const text = await response.text()
  return { status: response.status, body: text ? (JSON.parse(text) as Answer['body']) : {} }
}

/** A small but well-formed PDF (header, two objects, cross-reference table, trailer). */
function minimalPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xrefAt = Buffer.byteLength(body)
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

const allMessages = (answer: Answer) => JSON.stringify(answer.body.errors ?? [])

describe('media uploads', () => {
  it('accepts a PNG with alt text in both languages and makes the image sizes around the focal point', async () => {
    const answer = await upload({ data: await pngImage(1000, 800), name: 'janus.png', type: 'image/png' }, { altNb: 'Fryserom i Janusbanken', altEn: 'Freezer room in the Janus bank', focalX: 30, focalY: 40 })
    expect(answer.status).toBe(201)
    const doc = answer.body.doc as { sizes: Record<string, { width: number | null; height: number | null }>; focalX: number; focalY: number; alt: string }
    expect(doc).toMatchObject({ focalX: 30, focalY: 40, alt: 'Fryserom i Janusbanken' })
    expect(doc.sizes.thumbnail).toMatchObject({ width: 400, height: 300 })
    expect(doc.sizes.card).toMatchObject({ width: 800, height: 450 })
  })

  it('accepts a PDF', async () => {
    const pdf = minimalPdf()
    const answer = await upload({ data: pdf, name: 'arsrapport.pdf', type: 'application/pdf' }, { altNb: 'Årsrapport', altEn: 'Annual report' })
    expect({ status: answer.status, errors: answer.body.errors }).toEqual({ status: 201, errors: undefined })
    expect(answer.body.doc?.mimeType).toBe('application/pdf')
  })

  it('refuses a file type outside the allowlist with 400 and the reason', async () => {
    const script = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const answer = await upload({ data: script, name: 'logo.svg', type: 'image/svg+xml' }, { altNb: 'Logo', altEn: 'Logo' })
    expect(answer.status).toBe(400)
    expect(allMessages(answer)).toMatch(/file type|filtype|mime/i)

    const html = Buffer.from('<html><body>hi</body></html>')
    const disguised = await upload({ data: html, name: 'side.png', type: 'image/png' }, { altNb: 'Side', altEn: 'Page' })
    expect(disguised.status).toBe(400)
  })

  it('refuses a file over the size limit with 413 and the reason', async () => {
    const big = Buffer.alloc(21 * 1024 * 1024, 1)
    const answer = await upload({ data: big, name: 'stor.png', type: 'image/png' }, { altNb: 'Stor', altEn: 'Big' })
    expect(answer.status).toBe(413)
    expect(allMessages(answer)).toMatch(/too large.*20 MB/i)
  })

  it('refuses an image without bokmål alt text (or with a file name as alt text) with 400 naming the field; English falls back', async () => {
    const image = await pngImage(50, 50)
    const noEnglish = await upload({ data: image, name: 'a.png', type: 'image/png' }, { altNb: 'Bare bokmål' })
    expect(noEnglish.status).toBe(201)
    const fileName = await upload({ data: image, name: 'd.png', type: 'image/png' }, { altNb: 'IMG_1234.jpg' })
    expect(fileName.status).toBe(400)
    expect(allMessages(fileName)).toMatch(/altNb.*file name|file name.*altNb/s)
    const noBokmal = await upload({ data: image, name: 'b.png', type: 'image/png' }, { altEn: 'English only' })
    expect(noBokmal.status).toBe(400)
    expect(allMessages(noBokmal)).toMatch(/altNb/)
  })

  it('lets contributors upload but only editors and admins delete', async () => {
    const answer = await upload({ data: await pngImage(40, 40), name: 'c.png', type: 'image/png' }, { altNb: 'Bidrag', altEn: 'Contribution' }, accounts.contributor.token)
    expect(answer.status).toBe(201)
    const id = String(answer.body.doc?.id)
    const remove = (token: string) =>
      rest.DELETE(new Request(`http://localhost:3000/api/media/${id}`, { method: 'DELETE', headers: { Authorization: `JWT ${token}` } }), {
        params: Promise.resolve({ slug: ['media', id] }),
      })
    expect((await remove(accounts.contributor.token)).status).toBe(403)
    expect((await remove(accounts.editor.token)).status).toBe(200)
  })
})
