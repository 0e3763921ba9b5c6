// Soak: the BUILT CMS and site under mixed work for a long stretch (10 minutes by default;
// `npm run bench -- soak --minutes=2` or BENCH_SOAK_MINUTES for a short one), at modest concurrency:
// - 2 editors save drafts and publish projects, both sometimes on the same document, each
//   write conditional on the version it read (If-Match: "<updatedAt>");
// - 2 services read the API with a key and follow the change feed;
// - 2 visitors read site pages.
// Targets: 0 errors (a 409 to an editor is the lost-update guard working, not an error);
// no lost update (per document, every successful save was based on the version the previous
// successful save produced, and the stored document is the last one); no SQLITE_BUSY in any
// answer; RSS growth of CMS + site ≤ 10 % from the minute after warm-up to the last minute.
import os from 'node:os'

import { randomSecret, startCms, startWeb } from '../../../packages/launcher/src/servers.mjs'
import { assertBuilt, mib, processGroupRss, progress, removeDatabase, stats, tempDatabaseFile, timedFetch } from './support.mjs'

const argMinutes = process.argv.find((arg) => arg.startsWith('--minutes'))?.split('=')[1]
// npm turns `--minutes=2` after `npm run bench -- soak` into npm_config_minutes on the way through the workspace script.
const MINUTES = Number(argMinutes ?? process.env.BENCH_SOAK_MINUTES ?? process.env.npm_config_minutes ?? 10)
const cmsPort = Number(process.env.BENCH_SOAK_CMS_PORT ?? 3468)
const webPort = Number(process.env.BENCH_SOAK_WEB_PORT ?? 3469)
const SAMPLE_MS = 5000
const MAX_RSS_GROWTH = 0.1

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const sum = (byStatus) => Object.values(byStatus).reduce((total, n) => total + n, 0)

export async function run() {
  assertBuilt('cms', 'web')
  const durationMs = MINUTES * 60_000
  const warmUpMs = Math.min(60_000, durationMs / 5)
  const databaseFile = tempDatabaseFile('soak')
  removeDatabase(databaseFile)
  const secret = randomSecret()
  const previewSecret = randomSecret()
  const admin = { email: 'soak-admin@kreftregisteret.test', password: randomSecret(12) }
  const webUrl = `http://127.0.0.1:${webPort}`
  const servers = []
  let sampler
  try {
    progress(`starting the built CMS on :${cmsPort} (seeding ${databaseFile}) and the site on :${webPort}…`)
    const cms = await startCms({
      port: cmsPort,
      databaseUri: `file:${databaseFile}`,
      quiet: true,
      timeoutMs: 300_000,
      env: { REVALIDATE_SECRET: secret, PREVIEW_SECRET: previewSecret, WEB_URL: webUrl, SEED_ADMIN_EMAIL: admin.email, SEED_ADMIN_PASSWORD: admin.password },
    })
    servers.push(cms)
    const web = await startWeb({ port: webPort, cmsUrl: cms.url, contentSource: `file:${databaseFile}`, quiet: true, readyPath: '/robots.txt', env: { REVALIDATE_SECRET: secret, PREVIEW_SECRET: previewSecret } })
    servers.push(web)

    const json = async (url, init = {}) => {
      const answer = await timedFetch(url, init)
      if (answer.status >= 400) throw new Error(`${init.method ?? 'GET'} ${url} → ${answer.status}: ${answer.body.slice(0, 200)}`)
      return JSON.parse(answer.body)
    }
    const post = (url, body, headers = {}) => json(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) })
    const { token: adminToken } = await post(`${cms.url}/api/users/login`, admin)
    const asAdmin = { Authorization: `JWT ${adminToken}` }
    const editors = []
    for (const name of ['a', 'b']) {
      const account = { email: `soak-editor-${name}@kreftregisteret.test`, password: randomSecret(12) }
      await post(`${cms.url}/api/users`, { ...account, role: 'editor', name: `Soak ${name}` }, asAdmin)
      const { token } = await post(`${cms.url}/api/users/login`, account)
      editors.push({ name, auth: { Authorization: `JWT ${token}` } })
    }
    const key = `soak-${randomSecret(16)}`
    await post(`${cms.url}/api/api-keys`, { name: 'Soak service', enableAPIKey: true, apiKey: key }, asAdmin)
    const asService = { Authorization: `api-keys API-Key ${key}` }
    let projects = []
    for (let tries = 0; tries < 120 && projects.length < 4; tries += 1) {
      projects = (await json(`${cms.url}/api/projects?locale=nb&depth=0&limit=50&where[_status][equals]=published`)).docs
      if (projects.length < 4) await sleep(1000)
    }
    if (projects.length < 4) throw new Error('The seed has fewer than 4 published projects')
    // Editors share the first two projects (contention) and each has one of its own.
    const editorTargets = { a: [projects[0], projects[1], projects[2]], b: [projects[0], projects[1], projects[3]] }
    const pages = ['/nb/forskning', '/en/research', '/nb/forskning/prosjekter', '/en/research/projects', ...projects.slice(0, 8).map((project) => `/nb/forskning/prosjekter/${project.slug}`)]

    const counts = { requests: 0, errors: 0, conflicts: 0, saves: 0, publishes: 0, feedChanges: 0, sqliteBusy: 0 }
    /** Errors by actor and status (0 = no answer), e.g. { visitor: { 503: 12 } }: who failed, and how. */
    const errorsBy = { editor: {}, service: {}, visitor: {} }
    /** The first few errors of each actor, with what was asked and answered. */
    const errors = { editor: [], service: [], visitor: [] }
    const latencies = { editor: [], service: [], visitor: [] }
    /** Successful saves per project: { base, result, lead } (base = the updatedAt the save was conditional on). */
    const ledger = new Map()
    const deadline = Date.now() + durationMs
    /** A request that never answered (timeout, reset) is an error of the run, not the end of it. */
    const attempt = async (url, init) => {
      try {
        return await timedFetch(url, init)
      } catch (error) {
        return { status: 0, headers: new Headers(), body: `no answer: ${error instanceof Error ? error.message : String(error)}`, ms: 30_000 }
      }
    }
    const note = (kind, url, answer, ok) => {
      counts.requests += 1
      latencies[kind].push(answer.ms)
      if (/SQLITE_BUSY|database is locked/i.test(answer.body)) counts.sqliteBusy += 1
      if (!ok) {
        counts.errors += 1
        errorsBy[kind][answer.status] = (errorsBy[kind][answer.status] ?? 0) + 1
        if (errors[kind].length < 5) errors[kind].push(`${new Date().toISOString().slice(11, 19)} ${url} → ${answer.status} ${answer.body.slice(0, 160)}`)
      }
    }

    const editorLoop = async ({ name, auth }) => {
      for (let i = 0; Date.now() < deadline; i += 1) {
        const project = editorTargets[name][i % 3]
        const url = `${cms.url}/api/projects/${project.id}?locale=nb&depth=0&draft=true`
        const read = await attempt(url, { headers: auth })
        note('editor', url, read, read.status === 200)
        if (read.status !== 200) continue
        const { updatedAt } = JSON.parse(read.body)
        const lead = `Soak ${name} ${i} ${Date.now().toString(36)}`
        const publish = i % 5 === 4
        const write = await attempt(`${cms.url}/api/projects/${project.id}?locale=nb&depth=0${publish ? '' : '&draft=true'}`, {
          method: 'PATCH',
          headers: { ...auth, 'Content-Type': 'application/json', 'If-Match': `"${updatedAt}"` },
          body: JSON.stringify(publish ? { lead, _status: 'published' } : { lead }),
        })
        note('editor', 'PATCH project', write, write.status === 200 || write.status === 409)
        if (write.status === 409) counts.conflicts += 1
        if (write.status === 200) {
          counts.saves += 1
          if (publish) counts.publishes += 1
          const saved = JSON.parse(write.body).doc
          const entries = ledger.get(project.id) ?? []
          entries.push({ base: updatedAt, result: saved.updatedAt, lead })
          ledger.set(project.id, entries)
        }
        await sleep(300)
      }
    }
    const serviceLoop = async (index) => {
      let since = new Date(Date.now() - 60_000).toISOString()
      for (let i = 0; Date.now() < deadline; i += 1) {
        const feedUrl = `${cms.url}/api/changes?since=${encodeURIComponent(since)}&limit=100`
        const feed = await attempt(feedUrl, { headers: asService })
        note('service', feedUrl, feed, feed.status === 200)
        if (feed.status === 200) {
          const { docs } = JSON.parse(feed.body)
          counts.feedChanges += docs.length
          if (docs.length > 0) since = docs.at(-1).occurredAt
        }
        const collection = ['projects', 'sections', 'people', 'departments'][(i + index) % 4]
        const listUrl = `${cms.url}/api/${collection}?locale=${i % 2 ? 'en' : 'nb'}&depth=1&limit=20&page=${1 + (i % 2)}`
        const list = await attempt(listUrl, { headers: asService })
        note('service', listUrl, list, list.status === 200)
        await sleep(200)
      }
    }
    const visitorLoop = async (index) => {
      for (let i = index; Date.now() < deadline; i += 1) {
        const url = `${webUrl}${pages[i % pages.length]}`
        const page = await attempt(url)
        note('visitor', url, page, page.status === 200)
        await sleep(100)
      }
    }

    // The machine's load average (1 min) over the run: latencies depend on it, the targets do not.
    const loads = []
    const samples = []
    const sample = () => {
      samples.push({ at: Date.now(), cms: processGroupRss(cms.child.pid), web: processGroupRss(web.child.pid) })
      loads.push(os.loadavg()[0])
    }
    sample()
    const started = Date.now()
    sampler = setInterval(() => {
      sample()
      const elapsed = Math.round((Date.now() - started) / 1000)
      if (elapsed % 60 < SAMPLE_MS / 1000) {
        const last = samples.at(-1)
        progress(`${elapsed} s: ${counts.requests} requests, ${counts.errors} errors (visitor ${sum(errorsBy.visitor)}, editor ${sum(errorsBy.editor)}, service ${sum(errorsBy.service)}), ${counts.saves} saves (${counts.publishes} published), ${counts.conflicts} conflicts (409), CMS ${mib(last.cms)} MiB, site ${mib(last.web)} MiB`)
      }
    }, SAMPLE_MS)
    await Promise.all([...editors.map(editorLoop), serviceLoop(0), serviceLoop(1), visitorLoop(0), visitorLoop(5)])
    clearInterval(sampler)
    sample()

    // No lost update: per document, the successful saves form one chain, and the stored value is its end.
    let lostUpdates = 0
    for (const [id, entries] of ledger) {
      entries.sort((a, b) => a.result.localeCompare(b.result))
      for (let i = 1; i < entries.length; i += 1) if (entries[i].base !== entries[i - 1].result) lostUpdates += 1
      const stored = await json(`${cms.url}/api/projects/${id}?locale=nb&depth=0&draft=true`, { headers: editors[0].auth })
      if (stored.lead !== entries.at(-1).lead) lostUpdates += 1
    }

    // Memory: median of the minute after warm-up vs median of the last minute.
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
    const window = (from, to) => samples.filter((each) => each.at >= from && each.at < to).map((each) => each.cms + each.web)
    const end = samples.at(-1).at
    const afterWarmUp = median(window(started + warmUpMs, started + warmUpMs + 60_000)) ?? samples[0].cms + samples[0].web
    const lastMinute = median(window(end - 60_000, end + 1))
    const growth = (lastMinute - afterWarmUp) / afterWarmUp
    const peak = { cms: Math.max(...samples.map((each) => each.cms)), web: Math.max(...samples.map((each) => each.web)) }
    for (const kind of Object.keys(errors)) if (errors[kind].length) progress(`${kind} errors, e.g.: ${errors[kind].join(' | ')}`)
    const errorSplit = Object.entries(errorsBy)
      .map(([kind, byStatus]) => `${kind} ${Object.entries(byStatus).map(([status, n]) => `${n}×${status === '0' ? 'no answer' : status}`).join(', ') || '0'}`)
      .join('; ')
    const e = stats(latencies.editor)
    const s = stats(latencies.service)
    const v = stats(latencies.visitor)
    const ok = counts.errors === 0 && lostUpdates === 0 && counts.sqliteBusy === 0 && growth <= MAX_RSS_GROWTH
    return {
      ok,
      summary:
        `${MINUTES} min, ${counts.requests} requests: ${counts.errors} errors (${errorSplit}), ${lostUpdates} lost updates, ${counts.sqliteBusy} SQLITE_BUSY; ` +
        `${counts.saves} saves (${counts.publishes} published), ${counts.conflicts} conflicts answered 409, ${counts.feedChanges} feed changes read; ` +
        `latency p50/p95 ms editor ${e.p50}/${e.p95}, service ${s.p50}/${s.p95}, visitor ${v.p50}/${v.p95}; ` +
        `RSS CMS+site ${mib(afterWarmUp)} MiB after warm-up → ${mib(lastMinute)} MiB in the last minute (${(growth * 100).toFixed(1)} %; peak CMS ${mib(peak.cms)}, site ${mib(peak.web)} MiB) ` +
        `; load average (1 min) ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}, median ${median(loads).toFixed(1)} on ${os.cpus().length} cores ` +
        `(targets: 0 errors, 0 lost updates, 0 SQLITE_BUSY, RSS growth ≤ ${MAX_RSS_GROWTH * 100} %)`,
    }
  } finally {
    clearInterval(sampler)
    for (const server of servers.reverse()) await server.stop()
    removeDatabase(databaseFile)
  }
}
