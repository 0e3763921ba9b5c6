import { CreateBucketCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { bootPayload, type BootedPayload } from '../helpers/bootPayload'
import { type Doc, pngImage } from '../helpers/fixtures'
import { s3TestSettings } from './s3TestSettings'

/**
 * Media in an S3-compatible bucket (src/media/storage.ts), against the real server at
 * S3_TEST_ENDPOINT. This file is only registered when that variable is set (jest.s3.config.js).
 */
const settings = s3TestSettings()
const client = new S3Client({
  endpoint: settings.endpoint,
  region: settings.region,
  forcePathStyle: true,
  credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
})

let booted: BootedPayload

beforeAll(async () => {
  try {
    await client.send(new HeadBucketCommand({ Bucket: settings.bucket }))
  } catch {
    await client.send(new CreateBucketCommand({ Bucket: settings.bucket }))
  }
  Object.assign(process.env, {
    S3_BUCKET: settings.bucket,
    S3_ENDPOINT: settings.endpoint,
    S3_REGION: settings.region,
    S3_ACCESS_KEY_ID: settings.accessKeyId,
    S3_SECRET_ACCESS_KEY: settings.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
  })
  booted = await bootPayload('media-s3')
})
afterAll(async () => {
  await booted?.shutdown()
  client.destroy()
})

const objectExists = async (key: string) => {
  try {
    await client.send(new HeadObjectCommand({ Bucket: settings.bucket, Key: key }))
    return true
  } catch (error) {
    if ((error as { name?: string }).name === 'NotFound') return false
    throw error
  }
}

describe('media in S3 storage', () => {
  it('uploads the original and its resized versions to the bucket, not to MEDIA_DIR, and deletes them with the document', async () => {
    const { env } = await import('../../src/env')
    expect(env.S3_MEDIA).toMatchObject({ bucket: settings.bucket, endpoint: settings.endpoint, forcePathStyle: true })

    const data = await pngImage(640, 480)
    const name = `s3-test-${Date.now().toString(36)}.png`
    const doc = (await booted.payload.create({
      collection: 'media',
      data: { altNb: 'Testbilde i S3', altEn: 'Test image in S3' },
      file: { data, mimetype: 'image/png', name, size: data.length },
      overrideAccess: true,
    })) as unknown as Doc
    const filename = String(doc.filename)
    const thumbnail = String((doc.sizes as Record<string, { filename: string | null }>).thumbnail?.filename)

    // Same address as with local storage: the CMS serves the file with the collection's read access.
    expect(doc.url).toBe(`${env.CMS_URL}/api/media/file/${filename}`)
    const stored = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: filename }))
    const bytes = Buffer.from(await stored.Body!.transformToByteArray())
    expect(bytes.equals(data)).toBe(true)
    expect(stored.ContentType).toBe('image/png')
    const storedThumbnail = await client.send(new GetObjectCommand({ Bucket: settings.bucket, Key: thumbnail }))
    expect((await sharp(Buffer.from(await storedThumbnail.Body!.transformToByteArray())).metadata()).width).toBe(400)
    const fs = await import('node:fs')
    expect(fs.readdirSync(booted.mediaDir)).toEqual([])

    await booted.payload.delete({ collection: 'media', id: doc.id, overrideAccess: true })
    expect(await objectExists(filename)).toBe(false)
    expect(await objectExists(thumbnail)).toBe(false)
  })
})
