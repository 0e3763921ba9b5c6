import path from 'node:path'

import type { CollectionConfig, FieldHook } from 'payload'

import { anyone, canPublish, hasEditorialRole } from '../access'
import { env } from '../env'
import { validateAltText } from '../gates/altText'
import { label } from '../lib/contentDefaults'

/** What may be uploaded: raster images and PDF documents. (No SVG: it can carry scripts.) */
export const MEDIA_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'image/gif', 'application/pdf']

/** Largest upload accepted (bytes); larger ones are refused with 413 and a reason (see plugins/editorialWorkflow). */
export const MEDIA_MAX_BYTES = 20 * 1024 * 1024

/** `alt` in the reader's language: bokmål unless English was asked for and written (English falls back to bokmål). */
const altInRequestedLocale: FieldHook = ({ data, req }) => {
  const source = data as { altNb?: unknown; altEn?: unknown } | undefined
  const english = typeof source?.altEn === 'string' && source.altEn.trim() !== '' ? source.altEn : undefined
  const value = req.locale === 'en' ? (english ?? source?.altNb) : source?.altNb
  return typeof value === 'string' ? value : null
}

/**
 * Images and documents used in content. Alternative text (WCAG 1.1.1) is required in
 * bokmål and must describe the image (not a file name); English is optional and falls
 * back to bokmål. Both sit on one form. Readers get `alt` in the locale they ask for.
 * sharp makes the image sizes around the editor's focal point.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Media file', 'Mediefil'), plural: label('Media', 'Media') },
  admin: {
    group: label('Content', 'Innhold'),
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'altNb', 'mimeType', 'filesize', 'updatedAt'],
    listSearchableFields: ['filename', 'altNb', 'altEn'],
  },
  access: { read: anyone, create: hasEditorialRole, update: hasEditorialRole, delete: canPublish },
  upload: {
    staticDir: env.MEDIA_DIR ?? path.resolve(process.cwd(), 'data/media'),
    mimeTypes: MEDIA_MIME_TYPES,
    focalPoint: true,
    crop: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 800, height: 450, position: 'centre' },
      { name: 'wide', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'altNb',
      type: 'text',
      required: true,
      maxLength: 300,
      validate: (value: unknown) => validateAltText(value, { required: true }),
      label: label('Alternative text (bokmål)', 'Alternativ tekst (bokmål)'),
      admin: { description: label('Describe the image for readers who cannot see it, in bokmål.', 'Beskriv bildet for lesere som ikke kan se det, på bokmål.') },
    },
    {
      name: 'altEn',
      type: 'text',
      maxLength: 300,
      label: label('Alternative text (English)', 'Alternativ tekst (engelsk)'),
      validate: (value: unknown) => validateAltText(value, { required: false }),
      admin: {
        description: label('The same description in English. When empty, English pages use the bokmål text.', 'Den samme beskrivelsen på engelsk. Står den tom, bruker engelske sider den bokmålske teksten.'),
      },
    },
    {
      name: 'alt',
      type: 'text',
      virtual: true,
      label: label('Alternative text (reader’s language)', 'Alternativ tekst (leserens språk)'),
      admin: { hidden: true },
      hooks: { afterRead: [altInRequestedLocale] },
    },
    { name: 'credit', type: 'text', label: label('Credit', 'Kreditering') },
  ],
}
