// Stops the CMS started by globalSetup.mjs (its whole process group) and removes its data.
import fs from 'node:fs'

export default async function globalTeardown() {
  const state = globalThis.__CRN_HTTP_CMS__
  if (!state) return
  await state.cms.stop()
  fs.rmSync(state.dataDir, { recursive: true, force: true })
}
