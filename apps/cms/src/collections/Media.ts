import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone, authenticated } from '../access'
import { env } from '../env'
import { label } from '../lib/contentDefaults'

/** Images and documents used in content. Alt text is required for accessibility (WCAG 1.1.1). */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Media file', 'Mediefil'), plural: label('Media', 'Media') },
  admin: { group: label('Content', 'Innhold') },
  access: { read: anyone, create: authenticated, update: authenticated, delete: authenticated },
  upload: {
    staticDir: env.MEDIA_DIR ?? path.resolve(process.cwd(), 'data/media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'image/svg+xml', 'application/pdf'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 800 },
      { name: 'wide', width: 1600 },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      label: label('Alternative text', 'Alternativ tekst'),
      admin: { description: 'Describe the image for readers who cannot see it.' },
    },
    { name: 'credit', type: 'text', label: label('Credit', 'Kreditering') },
  ],
}
