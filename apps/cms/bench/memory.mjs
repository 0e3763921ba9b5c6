// Peak memory of the BUILT CMS and site while they serve a mixed load: ~500 requests (site
// pages, REST lists and reads with depth, GraphQL, search) sent 4 at a time, while the
// resident set (VmRSS) of every process in each server's process group is sampled every
// 100 ms. Targets: CMS ≤ 1 GiB, site ≤ 512 MiB.
import { startCms, startWeb } from '../../../packages/launcher/src/servers.mjs'
import { assertBuilt, mib, processGroupRss, progress, purgeSiteDataCacheFor, removeDatabase, seededDatabaseCopy, sharedSecret, timedFetch } from './support.mjs'

const REQUESTS = Number(process.env.BENCH_MEMORY_REQUESTS ?? 500)
const CONCURRENCY = 4
const SAMPLE_MS = 100
const TARGET_CMS_MIB = 1024
const TARGET_WEB_MIB = 512
const cmsPort = Number(process.env.BENCH_MEMORY_CMS_PORT ?? 3464)
const webPort = Number(process.env.BENCH_MEMORY_WEB_PORT ?? 3465)

const GRAPHQL_QUERY = 'query { Sections(locale: en, limit: 20) { docs { id title slug department { title slug } } } Projects(locale: nb, limit: 50) { docs { id title slug lead } } }'

/** The request mix: every published page of the site plus CMS reads of each kind. */
async function requestMix(cmsUrl, webUrl) {
  const list = async (collection) => {
    const answer = await timedFetch(`${cmsUrl}/api/${collection}?locale=en&depth=1&limit=100`)
    if (answer.status !== 200) throw new Error(`${collection} list → ${answer.status}`)
    return JSON.parse(answer.body).docs
  }
  const [projects, sections] = await Promise.all([list('projects'), list('sections')])
  const sitePages = [
    '/en',
    '/nb',
    '/en/research',
    '/nb/forskning',
    '/en/research/projects',
    '/nb/forskning/prosjekter',
    '/en/search?q=cancer',
    '/nb/sok?q=kreft',
    '/en/key-figures',
    ...projects.map((project) => `/en/research/projects/${project.slug}`),
    ...sections.map((section) => `/en/research/${section.department.slug}/${section.slug}`),
  ].map((pagePath) => ({ url: `${webUrl}${pagePath}` }))
  const cmsReads = [
    ...['projects', 'sections', 'departments', 'people', 'key-figures', 'biobank-facts'].map((collection) => ({ url: `${cmsUrl}/api/${collection}?locale=nb&depth=2&limit=50` })),
    ...projects.map((project) => ({ url: `${cmsUrl}/api/projects/${project.id}?locale=en&depth=2` })),
    {
      url: `${cmsUrl}/api/graphql`,
      init: { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: GRAPHQL_QUERY }) },
    },
  ]
  // Interleave site and CMS requests so both servers are loaded the whole time.
  const mix = []
  for (let i = 0; mix.length < REQUESTS; i += 1) mix.push(i % 2 === 0 ? sitePages[(i / 2) % sitePages.length] : cmsReads[((i - 1) / 2) % cmsReads.length])
  return mix
}

export async function run() {
  assertBuilt('cms', 'web')
  const databaseFile = await seededDatabaseCopy('memory', cmsPort)
  const secret = sharedSecret()
  const previewSecret = sharedSecret()
  const servers = []
  let sampler
  try {
    progress(`starting the built CMS on :${cmsPort} and the built site on :${webPort}…`)
    const cms = await startCms({ port: cmsPort, databaseUri: `file:${databaseFile}`, quiet: true, env: { REVALIDATE_SECRET: secret, PREVIEW_SECRET: previewSecret, WEB_URL: `http://127.0.0.1:${webPort}` } })
    servers.push(cms)
    purgeSiteDataCacheFor(cms.url)
    const web = await startWeb({ port: webPort, cmsUrl: cms.url, quiet: true, env: { REVALIDATE_SECRET: secret, PREVIEW_SECRET: previewSecret } })
    servers.push(web)

    const peak = { cms: processGroupRss(cms.child.pid), web: processGroupRss(web.child.pid) }
    const idle = { ...peak }
    progress(`idle after start: CMS ${mib(idle.cms)} MiB, site ${mib(idle.web)} MiB`)
    sampler = setInterval(() => {
      peak.cms = Math.max(peak.cms, processGroupRss(cms.child.pid))
      peak.web = Math.max(peak.web, processGroupRss(web.child.pid))
    }, SAMPLE_MS)

    const mix = await requestMix(cms.url, web.url)
    let next = 0
    let done = 0
    const failures = []
    const worker = async () => {
      while (next < mix.length) {
        const { url, init } = mix[next]
        next += 1
        const answer = await timedFetch(url, init)
        if (answer.status !== 200) failures.push(`${url} → ${answer.status}`)
        done += 1
        if (done % 100 === 0) progress(`${done}/${mix.length} requests; peak so far CMS ${mib(peak.cms)} MiB, site ${mib(peak.web)} MiB`)
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    clearInterval(sampler)
    peak.cms = Math.max(peak.cms, processGroupRss(cms.child.pid))
    peak.web = Math.max(peak.web, processGroupRss(web.child.pid))
    if (failures.length) progress(`${failures.length} request(s) failed, e.g. ${failures.slice(0, 3).join('; ')}`)

    return {
      ok: failures.length === 0 && mib(peak.cms) <= TARGET_CMS_MIB && mib(peak.web) <= TARGET_WEB_MIB,
      summary:
        `peak RSS over ${mix.length} mixed requests (${CONCURRENCY} at a time): CMS ${mib(peak.cms)} MiB (idle ${mib(idle.cms)}), ` +
        `site ${mib(peak.web)} MiB (idle ${mib(idle.web)}); ${failures.length} failed request(s) (targets: CMS ≤ ${TARGET_CMS_MIB} MiB, site ≤ ${TARGET_WEB_MIB} MiB)`,
    }
  } finally {
    clearInterval(sampler)
    for (const server of servers.reverse()) await server.stop()
    removeDatabase(databaseFile)
  }
}
