// Stops the edge and the CMS started by globalSetup.mjs (each by its process group) and removes their data.
import fs from 'node:fs'

export default async function globalTeardown() {
  const state = globalThis.__CRN_HTTP_CMS__
  if (!state) return
  await Promise.all([state.edge?.stop(), state.cms.stop()])
  fs.rmSync(state.dataDir, { recursive: true, force: true })
}
