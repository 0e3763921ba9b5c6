import type { CollectionConfig, Config, GlobalConfig, JobsConfig, Plugin } from 'payload'

import type { ContentCollectionSlug } from '@crn/content-client'

import { canPublish, hasEditorialRole, isAdmin, roleOf } from '../access'
import { CONTENT_COLLECTION_SLUGS } from '../collections/contentSlugs'
import { LOCK_DURATION_SECONDS } from '../collections/contentCollection'
import { MEDIA_MAX_BYTES } from '../collections/Media'
import { protectSystemFields } from '../hooks/protectSystemFields'
import { markDraftSave, revalidateAfterChange, revalidateAfterDelete, revalidateGlobalAfterChange } from '../hooks/revalidateSite'
import { REVALIDATE_QUEUE, revalidateSiteTask } from '../jobs/revalidateSite'
import { label } from '../lib/contentDefaults'
import { livePreviewConfig } from '../lib/preview/adminPreview'

const isContentCollection = (slug: string): slug is ContentCollectionSlug =>
  (CONTENT_COLLECTION_SLUGS as readonly string[]).includes(slug)

/** Globals that appear on the public site and therefore refresh it when they change. */
const SITE_GLOBALS = ['research-overview', 'navigation']


/**
 * The jobs runner runs inside the CMS process (started at boot by src/instrumentation.ts):
 * site revalidations every second, so a publish reaches the site within about a second;
 * scheduled publish/unpublish (Payload's `schedulePublish` task, default queue) every 5 s.
 */
const EDITORIAL_AUTORUN = [
  { cron: '* * * * * *', queue: REVALIDATE_QUEUE, limit: 50 },
  { cron: '*/5 * * * * *', queue: 'default', limit: 10 },
]

/**
 * The editorial workflow around the content model: Live Preview, the dashboard panel,
 * protected fields and media revalidation on the non-content collections, site refresh
 * and locking for the site globals, the revalidation task and the jobs runner. Content
 * collections declare their own hooks (collections/contentHooks.ts). Composes with what
 * other parts of the config define (tasks and autoRun entries are appended, never replaced).
 */
export const editorialWorkflow = (): Plugin => (config: Config): Config => ({
  ...config,
  admin: {
    ...config.admin,
    livePreview: { ...livePreviewConfig(CONTENT_COLLECTION_SLUGS, ['research-overview']), ...config.admin?.livePreview },
    components: {
      ...config.admin?.components,
      beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), '/components/EditorialDashboard#EditorialDashboard'],
    },
  },
  collections: (config.collections ?? []).map(withEditorialWorkflow),
  globals: (config.globals ?? []).map(withSiteRevalidation),
  jobs: withEditorialJobs(config.jobs),
  // Uploads larger than the media limit are cut off while streaming and answered 413 with this reason.
  upload: {
    limits: { fileSize: MEDIA_MAX_BYTES },
    abortOnLimit: true,
    responseOnLimit: `The file is too large: uploads may be at most ${MEDIA_MAX_BYTES / 1024 / 1024} MB.`,
    ...config.upload,
  },
})

/**
 * Collections other than the content collections (which declare their hooks themselves,
 * see collections/contentHooks.ts): system fields stay out of client hands, and media
 * changes refresh the site.
 */
function withEditorialWorkflow(collection: CollectionConfig): CollectionConfig {
  if (isContentCollection(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  const guarded: CollectionConfig = {
    ...collection,
    hooks: { ...hooks, beforeOperation: [...(hooks.beforeOperation ?? []), protectSystemFields] },
  }
  return collection.slug === 'media' ? withRevalidation(guarded) : guarded
}

function withRevalidation(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), markDraftSave],
      afterChange: [...(hooks.afterChange ?? []), revalidateAfterChange],
      afterDelete: [...(hooks.afterDelete ?? []), revalidateAfterDelete],
    },
  }
}

/** Site globals refresh the site. (Their access is declared in their own files.) */
function withSiteRevalidation(global: GlobalConfig): GlobalConfig {
  if (!SITE_GLOBALS.includes(global.slug)) return global
  return {
    ...global,
    lockDocuments: { duration: LOCK_DURATION_SECONDS },
    hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), revalidateGlobalAfterChange] },
  }
}

function withEditorialJobs(jobs: JobsConfig | undefined): JobsConfig {
  const existingAutoRun = jobs?.autoRun
  const autoRun: JobsConfig['autoRun'] =
    typeof existingAutoRun === 'function'
      ? async (payload) => mergeAutoRun(await existingAutoRun(payload))
      : mergeAutoRun(existingAutoRun ?? [])
  const existingOverrides = jobs?.jobsCollectionOverrides
  return {
    ...jobs,
    tasks: [...(jobs?.tasks ?? []), revalidateSiteTask],
    autoRun,
    access: {
      queue: ({ req }) => hasEditorialRole({ req }),
      run: ({ req }) => isAdmin({ req }),
      cancel: ({ req }) => canPublish({ req }),
      ...jobs?.access,
    },
    // The queue is the log of revalidations and scheduled publishing (attempts, errors): admins can read it.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => {
      const collection = existingOverrides ? existingOverrides({ defaultJobsCollection }) : defaultJobsCollection
      return {
        ...collection,
        // Read-only, and for admins only: jobs are created and changed by the system.
        access: { ...collection.access, read: ({ req }) => isAdmin({ req }) },
        labels: { singular: label('Job', 'Jobb'), plural: label('Jobs', 'Jobber') },
        admin: {
          ...collection.admin,
          group: label('Administration', 'Administrasjon'),
          hidden: ({ user }) => roleOf(user) !== 'admin',
        },
      }
    },
  }
}

type AutoRunEntry = Exclude<JobsConfig['autoRun'], ((...args: never[]) => unknown) | undefined>[number]

/** Adds the editorial entries for queues nobody runs yet. */
function mergeAutoRun(existing: AutoRunEntry[]): AutoRunEntry[] {
  const covered = new Set(existing.map((entry) => (entry.allQueues ? '*' : (entry.queue ?? 'default'))))
  if (covered.has('*')) return existing
  return [...existing, ...EDITORIAL_AUTORUN.filter((entry) => !covered.has(entry.queue))]
}
