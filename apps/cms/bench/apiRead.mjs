// Content API read latency on the BUILT, seeded CMS: a REST list, a REST read by slug with
// depth 1, and a GraphQL query (N requests each, one after another, after a short warm-up),
// then N conditional GETs (If-None-Match with the ETag of the previous answer) to see the share
// answered 304. Target: p95 ≤ 200 ms for every read kind (2-core machine).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startCms } from '../../../packages/launcher/src/servers.mjs'
import { assertBuilt, progress, removeDatabase, seededDatabaseCopy, sharedSecret, stats, timedFetch } from './support.mjs'

const REQUESTS = Number(process.env.BENCH_API_REQUESTS ?? 200)
const WARM_UP = 10
const TARGET_P95_MS = 200
const cmsPort = Number(process.env.BENCH_API_CMS_PORT ?? 3461)

const GRAPHQL_QUERY = `query BenchProjects {
  Projects(locale: en, limit: 20, where: { _status: { equals: published } }) {
    totalDocs
    docs { id title slug lead lastUpdated }
  }
}`

/** Runs `request` WARM_UP + REQUESTS times and returns the timed answers (after the warm-up). */
async function measure(label, request, check) {
  for (let i = 0; i < WARM_UP; i += 1) check(await request())
  const durations = []
  for (let i = 1; i <= REQUESTS; i += 1) {
    const answer = await request()
    check(answer)
    durations.push(answer.ms)
    if (i % 50 === 0) progress(`${label}: ${i}/${REQUESTS}`)
  }
  return stats(durations)
}

const expectStatus = (label, status) => (answer) => {
  if (answer.status !== status) throw new Error(`${label} answered ${answer.status} (expected ${status}): ${answer.body.slice(0, 300)}`)
}

export async function run() {
  assertBuilt('cms')
  const databaseFile = await seededDatabaseCopy('api-read', cmsPort)
  let cms
  try {
    progress(`starting the built CMS on :${cmsPort} (seeded copy ${databaseFile})…`)
    cms = await startCms({ port: cmsPort, databaseUri: `file:${databaseFile}`, quiet: true, env: { REVALIDATE_SECRET: sharedSecret() } })
    const listUrl = `${cms.url}/api/projects?locale=en&depth=0&limit=20&sort=title`
    const first = await timedFetch(listUrl)
    expectStatus('REST list', 200)(first)
    const project = JSON.parse(first.body).docs[0]
    if (!project?.slug) throw new Error('The seeded CMS lists no project')
    const bySlugUrl = `${cms.url}/api/projects?locale=en&depth=1&limit=1&where[slug][equals]=${encodeURIComponent(project.slug)}`

    const list = await measure('REST list', () => timedFetch(listUrl), expectStatus('REST list', 200))
    const bySlug = await measure('REST by slug (depth 1)', () => timedFetch(bySlugUrl), (answer) => {
      expectStatus('REST by slug', 200)(answer)
      if (JSON.parse(answer.body).docs?.[0]?.slug !== project.slug) throw new Error(`REST by slug did not return ${project.slug}`)
    })
    const graphql = await measure(
      'GraphQL',
      () =>
        timedFetch(`${cms.url}/api/graphql`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query: GRAPHQL_QUERY }),
        }),
      (answer) => {
        expectStatus('GraphQL', 200)(answer)
        const body = JSON.parse(answer.body)
        if (body.errors?.length || !(body.data?.Projects?.docs?.length > 0)) throw new Error(`GraphQL answered without projects: ${answer.body.slice(0, 300)}`)
      },
    )

    // Conditional GETs: alternate between the two REST reads, each revalidating the ETag it holds.
    const etags = new Map()
    for (const url of [listUrl, bySlugUrl]) {
      const answer = await timedFetch(url)
      const etag = answer.headers.get('etag')
      if (!etag) throw new Error(`${url} answered without an ETag`)
      etags.set(url, etag)
    }
    let notModified = 0
    const conditionalDurations = []
    for (let i = 0; i < REQUESTS; i += 1) {
      const url = i % 2 === 0 ? listUrl : bySlugUrl
      const answer = await timedFetch(url, { headers: { 'If-None-Match': etags.get(url) } })
      if (answer.status === 304) notModified += 1
      else if (answer.status === 200) etags.set(url, answer.headers.get('etag'))
      else throw new Error(`Conditional GET ${url} answered ${answer.status}`)
      conditionalDurations.push(answer.ms)
    }
    progress(`conditional GETs: ${notModified}/${REQUESTS} answered 304`)
    const conditional = stats(conditionalDurations)

    const results = { requests: REQUESTS, list, bySlug, graphql, conditional, notModifiedShare: notModified / REQUESTS }
    fs.writeFileSync(path.join(os.tmpdir(), 'crn-bench-api-read.json'), JSON.stringify(results, null, 2))
    const worstP95 = Math.max(list.p95, bySlug.p95, graphql.p95, conditional.p95)
    const line = (name, s) => `${name} p50 ${s.p50} / p95 ${s.p95} ms`
    return {
      ok: worstP95 <= TARGET_P95_MS && notModified === REQUESTS,
      summary:
        `${REQUESTS} requests each: ${line('REST list', list)}; ${line('by slug depth 1', bySlug)}; ${line('GraphQL', graphql)}; ` +
        `${line('conditional GET', conditional)}, ${Math.round((notModified / REQUESTS) * 100)} % answered 304 (target p95 ≤ ${TARGET_P95_MS} ms, all unchanged revalidations 304)`,
    }
  } finally {
    if (cms) await cms.stop()
    removeDatabase(databaseFile)
  }
}
