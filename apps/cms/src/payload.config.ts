import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nb } from '@payloadcms/translations/languages/nb'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { contentApiPlugin } from './api/plugin'
import { collections } from './collections'
import { createDatabaseAdapter, refreshPlannerStatistics } from './db/databaseAdapter'
import { changeHistoryEndpoints } from './endpoints/changeHistory'
import { factsToReviewEndpoint } from './endpoints/factsToReview'
import { searchEndpoint } from './endpoints/search'
import { env } from './env'
import { globals } from './globals'
import { maintenanceAutoRun } from './jobs/maintenanceQueue'
import { mediaStorage } from './media/storage'
import { refreshPlannerStatisticsTask } from './jobs/refreshPlannerStatistics'
import { clarifyClientErrors } from './api/errors/payloadErrorHook'
import { localization } from './localization'
import { singleJobsRunner } from './jobs/runnerLease/plugin'
import { editorialWorkflow } from './plugins/editorialWorkflow'
import { slugRedirects } from './redirects/plugin'
import { ensureSearchIndex } from './search/openSearchIndex'
import { seedOnStart } from './seed/seedOnStart'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.CMS_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: 'users',
    // No internet here or on many workstations: Gravatar would not load.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' – Kreftregisteret CMS', icons: [{ rel: 'icon', url: '/favicon.svg', type: 'image/svg+xml' }] },
    components: {
      // Editors' work list of figures that are overdue, undated or unsourced (provenance/factsToReview).
      views: { factsToReview: { Component: '/components/FactsToReview/FactsToReviewView#FactsToReviewView', path: '/facts-to-review' } },
      afterNavLinks: ['/components/FactsToReview/FactsToReviewNavLink#FactsToReviewNavLink'],
    },
  },
  // Communications staff work in bokmål: the admin speaks Norwegian unless a user picks English.
  i18n: { supportedLanguages: { nb, en }, fallbackLanguage: 'nb' },
  localization,
  collections,
  globals,
  // Public change history of each page; the editors' "Facts to review" list; the site's search.
  endpoints: [...changeHistoryEndpoints, factsToReviewEndpoint, searchEndpoint],
  editor: lexicalEditor(),
  db: createDatabaseAdapter(env.DATABASE_URI),
  sharp,
  hooks: { afterError: [clarifyClientErrors] },
  // Browser origins allowed to call the API (CORS_ORIGINS; the site's origin by default).
  cors: env.CORS_ORIGINS,
  csrf: [env.WEB_URL, env.CMS_URL],
  graphQL: { disablePlaygroundInProduction: true },
  typescript: {
    outputFile: path.resolve(dirname, '../../../packages/content-types/src/payload-types.ts'),
    declare: false,
    // Type generation in the background would keep test processes alive.
    autoGenerate: env.NODE_ENV === 'development',
  },
  // Roles, drafts, scheduling, preview, document locking, site revalidation and the jobs runner.
  // Content API for other services: API keys, change feed, webhooks, OpenAPI, GraphQL limits (docs/content-api.md).
  // Old addresses answer 308 to the page's new address after a slug change (redirects/plugin.ts).
  // Media in an S3-compatible bucket when S3_* is set, else on the MEDIA_DIR volume (media/storage.ts).
  // Last: of several CMS instances, only the runner-lease holder runs and schedules jobs.
  plugins: [editorialWorkflow(), contentApiPlugin, slugRedirects(), ...mediaStorage(env.S3_MEDIA), singleJobsRunner()],
  // An empty database gets the registry's seed content on first start (see seed/seedOnStart).
  onInit: async (payload) => {
    await seedOnStart(payload)
    if (env.NEXT_PHASE !== 'phase-production-build') {
      await refreshPlannerStatistics(payload)
      // A new database (or a deleted index file) gets its search index before the first search.
      await ensureSearchIndex(payload)
    }
  },
  // Scheduled housekeeping (database statistics here; the content API adds change-log pruning).
  jobs: { tasks: [refreshPlannerStatisticsTask], autoRun: env.JOBS_AUTORUN ? [maintenanceAutoRun] : [] },
  telemetry: false,
})
