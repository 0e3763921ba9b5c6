import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { errorStatus, expectFieldError } from '../helpers/expectErrors'
import { type Doc, pngImage } from '../helpers/fixtures'

let booted: BootedPayload

beforeAll(async () => {
  booted = await bootPayload('media')
})
afterAll(async () => {
  await booted.shutdown()
})

type ImageSize = { filename: string | null; width: number | null; height: number | null }

const upload = async (name: string, alt: Record<string, unknown>) => {
  const data = await pngImage(640, 480)
  return (await booted.payload.create({
    collection: 'media',
    data: alt,
    file: { data, mimetype: 'image/png', name, size: data.length },
    overrideAccess: true,
  })) as unknown as Doc
}

describe('media', () => {
  it('stores an uploaded PNG with its resized versions, updates its alt text and deletes the files', async () => {
    const doc = await upload('janus-fryserom.png', { altNb: 'Frysere i Janus serumbank', altEn: 'Freezers' })
    expect(doc).toMatchObject({ mimeType: 'image/png', width: 640, height: 480, alt: 'Frysere i Janus serumbank' })
    const filename = String(doc.filename)
    const original = path.join(booted.mediaDir, filename)
    expect(fs.existsSync(original)).toBe(true)
    expect((await sharp(original).metadata()).format).toBe('png')

    // 640 px wide: the 400 px thumbnail is made, larger sizes are not (no upscaling).
    const sizes = doc.sizes as Record<string, ImageSize>
    expect(sizes.thumbnail).toMatchObject({ width: 400, height: 300 })
    const thumbnail = path.join(booted.mediaDir, String(sizes.thumbnail?.filename))
    expect((await sharp(thumbnail).metadata()).width).toBe(400)
    expect(sizes.wide?.filename ?? null).toBeNull()

    const updated = (await booted.payload.update({
      collection: 'media',
      id: doc.id,
      data: { altEn: 'Alt text in English' },
      locale: 'en',
      overrideAccess: true,
    })) as unknown as Doc
    expect(updated.alt).toBe('Alt text in English')
    // Both languages are stored side by side; `alt` is the one in the requested locale.
    const inBokmal = (await booted.payload.findByID({ collection: 'media', id: doc.id, locale: 'nb', overrideAccess: true })) as unknown as Doc
    expect(inBokmal).toMatchObject({ alt: 'Frysere i Janus serumbank', altNb: 'Frysere i Janus serumbank', altEn: 'Alt text in English' })

    await booted.payload.delete({ collection: 'media', id: doc.id, overrideAccess: true })
    expect(fs.existsSync(original)).toBe(false)
    expect(fs.existsSync(thumbnail)).toBe(false)
    expect(await errorStatus(() => booted.payload.findByID({ collection: 'media', id: doc.id, overrideAccess: true }))).toBe(404)
  })

  it('requires alternative text in bokmål (WCAG 1.1.1); English falls back to it', async () => {
    await expectFieldError(() => upload('uten-alt.png', { altEn: 'English only' }), 'altNb', /.+/)
    const bokmalOnly = await upload('bare-bokmal.png', { altNb: 'Bare bokmål' })
    const inEnglish = (await booted.payload.findByID({ collection: 'media', id: bokmalOnly.id, locale: 'en', overrideAccess: true })) as unknown as { alt: unknown }
    expect(inEnglish.alt).toBe('Bare bokmål')
  })

  it('refuses a file type that is not allowed', async () => {
    const data = Buffer.from('#!/bin/sh\necho hello\n')
    const status = await errorStatus(() =>
      booted.payload.create({
        collection: 'media',
        data: { altNb: 'Skript', altEn: 'Script' },
        file: { data, mimetype: 'application/x-sh', name: 'script.sh', size: data.length },
        overrideAccess: true,
      }),
    )
    expect(status).toBe(400)
  })

  it('lets anonymous readers see media, but not upload', async () => {
    const doc = await upload('offentlig.png', { altNb: 'Offentlig bilde', altEn: 'Public image' })
    const read = (await booted.payload.findByID({ collection: 'media', id: doc.id, overrideAccess: false })) as unknown as Doc
    expect(read.alt).toBe('Offentlig bilde')
    const data = await pngImage(8, 8)
    const status = await errorStatus(() =>
      booted.payload.create({
        collection: 'media',
        data: { altNb: 'Anonym', altEn: 'Anonymous' },
        file: { data, mimetype: 'image/png', name: 'anonym.png', size: data.length },
        overrideAccess: false,
      }),
    )
    expect(status).toBe(403)
  })
})
