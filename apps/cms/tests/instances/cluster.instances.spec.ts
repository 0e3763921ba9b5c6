import type { Payload } from 'payload'

import { startCms, startWeb } from '../../../../packages/launcher/src/servers.mjs'
import { type ReceivedWebhook, startWebhookReceiver } from '../helpers/webhookReceiver'
import { login, pageHtml, pollFor, requestJson, startTestCluster, type TestCluster } from './support/testCluster'

/**
 * Several instances, all real processes (see support/testCluster.ts): what a second instance of
 * each app must not break, and what must keep working when one part stops. The cases run in this
 * order; the ones that stop a part come last and restore what later cases need.
 */

type Doc = { id: number | string; slug?: string; title?: string; _status?: string }
type List<T = Doc> = { docs: T[]; totalDocs: number }

let cluster: TestCluster
/** Instances restarted by the cases: stopped at the end with the rest. */
const restarted: { stop: () => Promise<void> }[] = []
let token: string

beforeAll(async () => {
  cluster = await startTestCluster()
  token = await login(cluster.edgeCmsUrl, cluster.admin.email, cluster.admin.password)
}, 480_000)

afterAll(async () => {
  await Promise.allSettled(restarted.map((server) => server.stop()))
  await cluster?.cleanup()
}, 60_000)

/** The webhook events of one type a receiver got about one document. */
function eventsFor(received: ReceivedWebhook[], documentId: number | string, type: string): unknown[] {
  return received
    .map((request) => JSON.parse(request.body) as { type?: string; data?: { id?: string } })
    .filter((event) => event.type === type && event.data?.id === String(documentId))
}

async function publishedProjects(limit: number): Promise<Doc[]> {
  const list = await requestJson<List>(`${cluster.cms[0]!.url}/api/projects?locale=en&depth=0&limit=${limit}&where[_status][equals]=published&sort=createdAt`)
  expect(list.status).toBe(200)
  return list.body.docs
}

describe('a publish', () => {
  it('reaches every site instance (each polled on its own port), though the revalidation went to one', async () => {
    const [project] = await publishedProjects(1)
    const pagePath = `/en/research/projects/${project!.slug}`
    // Both instances have the page cached before the change.
    for (const site of cluster.web) expect((await pageHtml(site.url, pagePath)).status).toBe(200)

    const marker = `Instances change ${Date.now().toString(36)}`
    const started = Date.now()
    const saved = await requestJson(`${cluster.edgeCmsUrl}/api/projects/${project!.id}?locale=en&depth=0`, {
      method: 'PATCH',
      token,
      json: { lead: marker, _status: 'published' },
    })
    expect(saved.status).toBe(200)
    const seenAfter = await Promise.all(
      cluster.web.map((site) =>
        pollFor(`the change on ${site.url}${pagePath}`, async () => ((await pageHtml(site.url, pagePath)).html.includes(marker) ? Date.now() - started : undefined), {
          timeoutMs: 15_000,
          intervalMs: 50,
        }),
      ),
    )
    console.log(`[instances] publish visible on the site instances after ${seenAfter.join(' ms, ')} ms`)
    expect(seenAfter).toHaveLength(2)
  })
})

describe('sessions and login lockout', () => {
  it('a session started on one CMS instance is valid on the other, and a logout on either ends it', async () => {
    const [first, second] = cluster.cms
    const session = await login(first!.url, cluster.admin.email, cluster.admin.password)
    const me = await requestJson<{ user: { email: string } | null }>(`${second!.url}/api/users/me`, { token: session })
    expect(me.body.user?.email).toBe(cluster.admin.email)

    expect((await requestJson(`${second!.url}/api/users/logout`, { method: 'POST', token: session })).status).toBe(200)
    const afterLogout = await requestJson<{ user: unknown }>(`${first!.url}/api/users/me`, { token: session })
    expect(afterLogout.body.user ?? null).toBeNull()
  })

  it('failed sign-ins count across instances: five wrong passwords spread over both lock the account on both', async () => {
    const [first, second] = cluster.cms
    const email = `lockout-${Date.now().toString(36)}@kreftregisteret.test`
    const password = `right-${Date.now().toString(36)}-password`
    const created = await requestJson(`${cluster.edgeCmsUrl}/api/users`, { method: 'POST', token, json: { email, password, name: 'Lockout', role: 'contributor' } })
    expect(created.status).toBe(201)
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const instance = attempt % 2 === 0 ? first! : second!
      const wrong = await requestJson(`${instance.url}/api/users/login`, { method: 'POST', json: { email, password: 'wrong-password' } })
      expect(wrong.status).toBe(401)
    }
    for (const instance of [first!, second!]) {
      const locked = await requestJson<{ errors?: { message: string }[] }>(`${instance.url}/api/users/login`, { method: 'POST', json: { email, password } })
      expect(locked.status).not.toBe(200)
      // Payload's message, in the admin's fallback language (bokmål) unless the client asks for English.
      expect(JSON.stringify(locked.body)).toMatch(/locked|låst/i)
    }
  })
})

describe('jobs with two CMS instances', () => {
  let scheduler: Payload
  beforeAll(async () => {
    // A third CMS process (this test), without a jobs runner, queues exactly what the admin's
    // "Schedule publish" queues. Production mode: it runs the committed migrations (already
    // applied), never a development schema push, on the instances' database.
    Object.assign(process.env, {
      NODE_ENV: 'production',
      DATABASE_URI: `file:${cluster.databaseFile}`,
      PAYLOAD_SECRET: cluster.env.PAYLOAD_SECRET,
      REVALIDATE_SECRET: cluster.env.REVALIDATE_SECRET,
      PREVIEW_SECRET: cluster.env.PREVIEW_SECRET,
      SEED_ON_START: 'false',
      JOBS_AUTORUN: 'false',
      MEDIA_DIR: cluster.env.MEDIA_DIR,
    })
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../src/payload.config')
    scheduler = await getPayload({ config })
  }, 120_000)

  afterAll(async () => {
    await scheduler?.destroy()
  })

  it('a scheduled publish happens once: one published version, one change-log entry, one webhook per change', async () => {
    const receiver = await startWebhookReceiver()
    try {
      const subscription = await requestJson(`${cluster.edgeCmsUrl}/api/webhook-subscriptions`, {
        method: 'POST',
        token,
        json: { name: 'Instances receiver', url: receiver.url, collections: ['projects'] },
      })
      expect(subscription.status).toBe(201)
      const admin = (await scheduler.find({ collection: 'users', where: { email: { equals: cluster.admin.email } }, limit: 1 })).docs[0]!
      // Three documents unpublished (drafts now), scheduled for the same instant: both runners
      // poll the default queue on the same wall-clock seconds, so a double pick-up would show.
      const projects = (await publishedProjects(4)).slice(1)
      for (const project of projects) {
        const unpublished = await requestJson(`${cluster.edgeCmsUrl}/api/projects/${project.id}?depth=0`, { method: 'PATCH', token, json: { _status: 'draft' } })
        expect(unpublished.status).toBe(200)
      }
      const at = new Date(Date.now() + 3_000)
      for (const project of projects) {
        await scheduler.jobs.queue({
          task: 'schedulePublish',
          input: { type: 'publish', doc: { relationTo: 'projects', value: String(project.id) }, user: { relationTo: 'users', value: admin.id } },
          waitUntil: at,
        })
      }
      // Every job completes (the runner lease holder runs them).
      await pollFor(
        'the scheduled publishing jobs to complete',
        async () => {
          const open = await scheduler.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }] } })
          return open.totalDocs === 0 ? true : undefined
        },
        { timeoutMs: 40_000, intervalMs: 250 },
      )
      // Webhooks follow the changes on their own queue (also run once). The unpublish above sent
      // one `content.unpublished` per document, the scheduled publish one `content.published`.
      // Wait until each document's publish event arrived and no delivery is left to run: from
      // then on nothing more can arrive, so the counts below are final.
      await pollFor(
        'a publish webhook per document, and no delivery left in the queue',
        async () => {
          if (!projects.every((project) => eventsFor(receiver.received, project.id, 'content.published').length > 0)) return undefined
          const pending = await scheduler.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'deliverWebhook' } }, { completedAt: { exists: false } }] } })
          return pending.totalDocs === 0 ? true : undefined
        },
        { timeoutMs: 30_000, intervalMs: 250 },
      )
      // Every job has completed, and a double run would have run alongside the first: its traces
      // (a second version, change or delivery) would be in the database by now.
      const leaseRows = await scheduler.find({ collection: 'job-runner-leases', where: { expiresAt: { greater_than: new Date(Date.now() - 5_000).toISOString() } }, limit: 5 })
      expect(leaseRows.docs.length).toBeGreaterThan(0)

      for (const project of projects) {
        const versions = await scheduler.findVersions({
          collection: 'projects',
          where: { and: [{ parent: { equals: project.id } }, { 'version._status': { equals: 'published' } }, { createdAt: { greater_than: at.toISOString() } }] },
          limit: 10,
        })
        expect(versions.totalDocs).toBe(1)
        const changes = await scheduler.find({
          collection: 'content-changes',
          where: { and: [{ documentCollection: { equals: 'projects' } }, { documentId: { equals: String(project.id) } }, { occurredAt: { greater_than: at.toISOString() } }] },
          limit: 10,
        })
        expect(changes.totalDocs).toBe(1)
        expect(eventsFor(receiver.received, project.id, 'content.unpublished')).toHaveLength(1)
        expect(eventsFor(receiver.received, project.id, 'content.published')).toHaveLength(1)
      }
    } finally {
      await receiver.close()
    }
  }, 120_000)
})

describe('a site instance stops under load', () => {
  it('the edge answers every request: 0 failed while one instance stops and starts again', async () => {
    const projects = await publishedProjects(3)
    const paths = ['/en/research', '/nb/forskning', ...projects.map((project) => `/en/research/projects/${project.slug}`)]
    for (const site of cluster.web) for (const path of paths) expect({ path, status: (await pageHtml(site.url, path)).status }).toEqual({ path, status: 200 })

    const failures: string[] = []
    let stoppedOutput = ''
    let completed = 0
    let running = true
    const worker = async (workerIndex: number) => {
      for (let n = 0; running; n += 1) {
        // A distinct query per request: past the edge's 1 s micro-cache, to the instances.
        const url = `${cluster.edgeWebUrl}${paths[(workerIndex + n) % paths.length]}?load=${workerIndex}-${n}`
        try {
          const response = await fetch(url, { signal: AbortSignal.timeout(15_000), redirect: 'manual' })
          await response.arrayBuffer()
          if (response.status !== 200) failures.push(`${url} → ${response.status}`)
        } catch (error) {
          failures.push(`${url} → ${String(error)}`)
        }
        completed += 1
      }
    }
    const until = async (count: number) => pollFor(`${count} requests`, async () => (completed >= count ? true : undefined), { timeoutMs: 60_000, intervalMs: 20 })
    const load = Promise.all([0, 1, 2, 3].map(worker))
    try {
      await until(40)
      const stopping = cluster.web[1]!
      await stopping.stop()
      stoppedOutput = stopping.output()
      expect(stopping.isRunning()).toBe(false)
      const atStop = completed
      await until(atStop + 60)
      const replacement = await startWeb({
        port: cluster.ports.web[1]!,
        cmsUrl: cluster.cmsReadUrl,
        contentSource: `file:${cluster.databaseFile}`,
        quiet: true,
        env: { ...cluster.env, WEB_URL: cluster.edgeWebUrl, CMS_PUBLIC_URL: cluster.edgeCmsUrl, WEB_PORT: String(cluster.ports.web[1]), REDIS_URL: cluster.redisUrl! },
      })
      restarted.push(replacement)
      cluster.web[1] = replacement
      const atRestart = completed
      await until(atRestart + 60)
    } finally {
      running = false
      await load
    }
    console.log(`[instances] ${completed} requests through the edge while a site instance stopped and restarted; ${failures.length} failed`)
    if (failures.length) console.log(`edge:\n${cluster.edge!.output().slice(-3000)}\nsite 0:\n${cluster.web[0]!.output().slice(-3000)}\nstopped site:\n${stoppedOutput.slice(-3000)}`)
    expect(failures).toEqual([])
  }, 180_000)
})

describe('a CMS instance stops', () => {
  it('the admin and the API keep answering at the edge, and the site still renders new pages', async () => {
    const stopping = cluster.cms[1]!
    await stopping.stop()
    expect(stopping.isRunning()).toBe(false)
    for (let n = 0; n < 6; n += 1) {
      const admin = await fetch(`${cluster.edgeCmsUrl}/admin/login`, { signal: AbortSignal.timeout(15_000) })
      await admin.arrayBuffer()
      expect(admin.status).toBe(200)
      const api = await requestJson<List>(`${cluster.edgeCmsUrl}/api/projects?locale=nb&depth=0&limit=2&page=1&instances=${n}`)
      expect(api.status).toBe(200)
      expect(api.body.docs.length).toBeGreaterThan(0)
    }
    expect(typeof (await login(cluster.edgeCmsUrl, cluster.admin.email, cluster.admin.password))).toBe('string')
    // A page no instance has rendered yet: the site reads the CMS through the edge's internal listener.
    const [, , , , fresh] = await publishedProjects(5)
    expect(fresh).toBeDefined()
    expect((await pageHtml(cluster.web[0]!.url, `/nb/forskning/prosjekter/${fresh!.slug}`)).status).toBeLessThan(500)

    const replacement = await startCms({
      port: cluster.ports.cms[1]!,
      databaseUri: `file:${cluster.databaseFile}`,
      seed: false,
      quiet: true,
      env: { ...cluster.env, CMS_URL: cluster.edgeCmsUrl, WEB_URL: cluster.edgeWebUrl, WEB_INTERNAL_URL: cluster.edgeWebUrl },
    })
    restarted.push(replacement)
    cluster.cms[1] = replacement
  }, 180_000)
})

describe('Redis stops', () => {
  it('every site instance keeps serving pages (from its own copy or a fresh render) and says so in its log', async () => {
    const [project] = await publishedProjects(1)
    const paths = ['/en/research', `/en/research/projects/${project!.slug}`]
    for (const site of cluster.web) for (const path of paths) expect((await pageHtml(site.url, path)).status).toBe(200)

    await cluster.redis!.stop()
    expect(cluster.redis!.isRunning()).toBe(false)
    for (const site of cluster.web) {
      for (const path of [...paths, '/nb/forskning']) {
        const page = await pageHtml(site.url, path)
        expect({ path, status: page.status }).toEqual({ path, status: 200 })
        expect(page.html).toContain('</html>')
      }
      await pollFor(`${site.url} to log that Redis is unavailable`, async () => (/Redis at .* is unavailable/.test(site.output()) ? true : undefined), { timeoutMs: 10_000 })
    }
  }, 120_000)
})
