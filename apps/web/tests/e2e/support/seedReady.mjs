// The CMS seeds an empty database when Payload initialises; the health check can answer
// before the last document is written. Wait until the public content counts stop changing.
const COLLECTIONS = ['departments', 'sections', 'projects', 'biobank-facts', 'screening-programmes', 'people']

async function countPublished(cmsUrl, slug) {
  const response = await fetch(`${cmsUrl}/api/${slug}?limit=1&depth=0`, { signal: AbortSignal.timeout(15_000) })
  if (!response.ok) throw new Error(`GET /api/${slug} answered ${response.status}`)
  const body = await response.json()
  return body.totalDocs
}

/** @returns {Promise<Record<string, number>>} published documents per collection */
export async function waitForSeededContent(cmsUrl, { timeoutMs = 180_000, intervalMs = 1500 } = {}) {
  const deadline = Date.now() + timeoutMs
  let previous = ''
  let lastProblem = 'no answer yet'
  while (Date.now() < deadline) {
    try {
      const counts = {}
      for (const slug of COLLECTIONS) counts[slug] = await countPublished(cmsUrl, slug)
      const snapshot = JSON.stringify(counts)
      if (counts.projects > 0 && counts.departments > 0 && snapshot === previous) return counts
      previous = snapshot
      lastProblem = `content still changing: ${snapshot}`
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`The CMS at ${cmsUrl} did not finish seeding within ${timeoutMs} ms (${lastProblem})`)
}
