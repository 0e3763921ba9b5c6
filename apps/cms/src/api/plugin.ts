import type { Config, Plugin } from 'payload'

import { ApiKeys } from '../collections/ApiKeys'
import { ContentChanges } from '../collections/ContentChanges'
import { WebhookDeliveries } from '../collections/Webhooks/WebhookDeliveries'
import { WebhookSubscriptions } from '../collections/Webhooks/WebhookSubscriptions'
import { withInputGuards } from '../collections/withInputGuards'
import { changesEndpoint } from '../endpoints/changes'
import { withContentGates } from '../gates/withContentGates'
import { openApiEndpoint } from '../endpoints/openapi'
import { env } from '../env'
import { pruneChangeLogTask } from '../jobs/pruneChangeLog'
import { contentApiValidationRules } from './graphql/validationRules'
import { API_LIMITS } from './limits'
import { deliverWebhookTask } from './webhooks/deliverWebhookTask'
import { WEBHOOK_QUEUE } from './webhooks/queue'

type JobsConfig = NonNullable<Config['jobs']>
type AutoRun = NonNullable<JobsConfig['autoRun']>

/** Webhook deliveries run every 2 seconds inside the app process (JOBS_AUTORUN, on by default). */
function withWebhookAutoRun(autoRun: AutoRun | undefined): AutoRun | undefined {
  if (!env.JOBS_AUTORUN) return autoRun
  const entry = { cron: '*/2 * * * * *', queue: WEBHOOK_QUEUE, limit: 10 }
  if (typeof autoRun === 'function') return async (payload) => [...(await autoRun(payload)), entry]
  return [...(autoRun ?? []), entry]
}

/**
 * The content API for other services (issue: Content API): API keys, the change log and
 * feed, webhooks and their delivery job, the OpenAPI document, and the GraphQL limits.
 * (Content collections record their changes themselves: collections/contentHooks.ts.)
 * The HTTP side (limits, errors, caching) wraps the route handlers (api/http).
 */
export const contentApiPlugin: Plugin = (config) => {
  const graphQL = config.graphQL ?? {}
  const ownRules = graphQL.validationRules
  const jobs = config.jobs ?? {}
  return {
    ...config,
    collections: [...(config.collections ?? []), ...[ApiKeys, ContentChanges, WebhookSubscriptions, WebhookDeliveries].map(withInputGuards).map(withContentGates)],
    endpoints: [...(config.endpoints ?? []), changesEndpoint, openApiEndpoint],
    graphQL: {
      ...graphQL,
      maxComplexity: API_LIMITS.maxGraphQLComplexity,
      disableIntrospectionInProduction: true,
      disablePlaygroundInProduction: true,
      validationRules: (args) => [...(ownRules ? ownRules(args) : []), ...contentApiValidationRules(args)],
    },
    jobs: {
      ...jobs,
      // The change log is pruned hourly by the maintenance queue (retention: CHANGES_RETENTION_DAYS).
      tasks: [...(jobs.tasks ?? []), deliverWebhookTask, pruneChangeLogTask],
      autoRun: withWebhookAutoRun(jobs.autoRun),
    },
  }
}
