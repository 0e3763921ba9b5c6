// Stops the servers the global setup started (each by its process group) and removes the
// run's database and state files.
import fs from 'node:fs'

export default async function globalTeardown() {
  const run = globalThis.__CRN_E2E__
  if (!run) return
  const { servers, stateFile, databaseFile, edgePrefix } = run
  await Promise.all(Object.values(servers).map((server) => server.stop()))
  for (const file of [stateFile, databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`]) {
    fs.rmSync(file, { force: true })
  }
  if (edgePrefix) fs.rmSync(edgePrefix, { recursive: true, force: true })
  process.stdout.write('[e2e] servers stopped\n')
}
