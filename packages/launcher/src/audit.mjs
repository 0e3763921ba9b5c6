#!/usr/bin/env node
// `npm audit --omit=dev` against the reviewed allowlist (audit-allowlist.json): fails on any
// high or critical advisory in production dependencies that is not on the list, and names
// list entries that no longer match anything (remove them). Run by `npm test`.
//
// When the audit service cannot be reached (some registries and mirrors answer 405) the result
// is unknown: the script exits with AUDIT_UNREACHABLE and `npm test` reports the check as not run,
// counted neither passed nor failed.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { AUDIT_UNREACHABLE } from './auditCodes.mjs'
import { repoRoot } from './servers.mjs'

const BLOCKING = new Set(['high', 'critical'])

const allowlistFile = path.join(repoRoot, 'audit-allowlist.json')
const allowlist = JSON.parse(fs.readFileSync(allowlistFile, 'utf8')).advisories ?? []
const allowed = new Map(allowlist.map((entry) => [String(entry.id), entry]))

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
let report
try {
  report = JSON.parse(result.stdout)
} catch {
  report = { error: { summary: result.stderr.trim() || 'no output' } }
}
if (!report.vulnerabilities) {
  const reason = report.message ?? report.error?.summary ?? 'unknown error'
  console.error(`npm audit could not run (${reason}): production dependencies were NOT checked.`)
  process.exit(AUDIT_UNREACHABLE)
}

/** Every advisory behind a vulnerable package, as { id, package, severity, title, url }. */
const advisories = []
for (const [name, vulnerability] of Object.entries(report.vulnerabilities)) {
  for (const via of vulnerability.via) {
    if (typeof via !== 'object') continue
    const ghsa = /GHSA-[\w-]+/.exec(via.url ?? '')?.[0]
    advisories.push({ id: ghsa ?? String(via.source), source: String(via.source), package: name, severity: via.severity, title: via.title, url: via.url })
  }
}
const blocking = advisories.filter((advisory) => BLOCKING.has(advisory.severity))
const fresh = blocking.filter((advisory) => !allowed.has(advisory.id) && !allowed.has(advisory.source))
const stale = allowlist.filter((entry) => !advisories.some((advisory) => advisory.id === String(entry.id) || advisory.source === String(entry.id)))

for (const entry of stale) console.warn(`audit-allowlist.json: ${entry.id} (${entry.package}) matches nothing any more: remove it.`)
if (fresh.length > 0) {
  console.error(`New ${[...BLOCKING].join('/')} advisories in production dependencies (review them, then upgrade or add them to audit-allowlist.json with a reason):`)
  for (const advisory of fresh) console.error(`  ${advisory.severity}  ${advisory.package}  ${advisory.id}  ${advisory.title}  ${advisory.url ?? ''}`)
  process.exit(1)
}
console.log(`npm audit: ${blocking.length} high/critical advisories, all reviewed in audit-allowlist.json (${advisories.length} advisories of any severity).`)
