import type { CollectionConfig, Config, GlobalConfig, JobsConfig, Plugin } from 'payload'

import type { ContentCollectionSlug } from '@crn/content-client'

import { canPublish, hasEditorialRole, isAdmin, roleOf } from '../access'
import { CONTENT_COLLECTION_SLUGS } from '../collections'
import { MEDIA_MAX_BYTES } from '../collections/Media'
import { guardContributorWrites } from '../hooks/guardContributorWrites'
import { protectSystemFields } from '../hooks/protectSystemFields'
import { recordEditor, updatedByField } from '../hooks/recordEditor'
import { respectDocumentLocks } from '../hooks/respectDocumentLocks'
import { markDraftSave, revalidateAfterChange, revalidateAfterDelete, revalidateGlobalAfterChange } from '../hooks/revalidateSite'
import { REVALIDATE_QUEUE, revalidateSiteTask } from '../jobs/revalidateSite'
import { label } from '../lib/contentDefaults'
import { livePreviewConfig, previewForCollection } from '../lib/preview/adminPreview'

const isContentCollection = (slug: string): slug is ContentCollectionSlug =>
  (CONTENT_COLLECTION_SLUGS as readonly string[]).includes(slug)

/** Globals that appear on the public site and therefore refresh it when they change. */
const SITE_GLOBALS = ['research-overview', 'navigation']

/** How long an editor's lock on a document lasts without activity (seconds). */
const LOCK_DURATION_SECONDS = 300

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
 * The editorial workflow on top of the content model, in one place: role guards and
 * protected fields on every collection; on content collections the editor of each
 * change, document locking, Preview/Live Preview and revalidation of the site; the
 * revalidation task and the jobs runner. Composes with what other parts of the config
 * already define (hooks, tasks, autoRun entries are appended, never replaced).
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

function withEditorialWorkflow(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const guarded: CollectionConfig = {
    ...collection,
    hooks: { ...hooks, beforeOperation: [...(hooks.beforeOperation ?? []), protectSystemFields] },
  }
  if (collection.slug === 'media') return withRevalidation(guarded)
  if (!isContentCollection(collection.slug)) return guarded
  const slug = collection.slug
  const columns = collection.admin?.defaultColumns ?? ['title']
  return withRevalidation({
    ...guarded,
    lockDocuments: { duration: LOCK_DURATION_SECONDS },
    admin: {
      ...collection.admin,
      defaultColumns: [...columns.filter((column) => column !== '_status'), 'updatedAt', 'updatedBy', '_status'],
      preview: previewForCollection(slug),
    },
    fields: [...collection.fields, updatedByField],
    hooks: {
      ...guarded.hooks,
      beforeOperation: [...(guarded.hooks?.beforeOperation ?? []), guardContributorWrites, respectDocumentLocks],
      beforeChange: [...(guarded.hooks?.beforeChange ?? []), recordEditor],
    },
  })
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
