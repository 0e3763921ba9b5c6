/**
 * The content model as TypeScript types, generated from the CMS's Payload config
 * (`npm run generate:types`). Shared by the CMS, the seed, the client and the site.
 */
export type * from './payload-types'
