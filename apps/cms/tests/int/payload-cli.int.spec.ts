import { spawn } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

/**
 * The Payload CLI wrapper (scripts/payload.mjs) and the upstream bug it works around: under Node 20,
 * importing Lexical's `node` entries (top-level-await shims that import one another) sometimes never
 * finishes, and the process ends with nothing done. When the pin below fails, the bug is fixed
 * (Node or Lexical): the package.json scripts can go back to the plain `payload` bin.
 */
const cmsDir = path.resolve(import.meta.dirname, '../..')

type Outcome = { code: number | null; output: string }

function node(args: string[], timeoutMs = 60_000): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: cmsDir, env: { ...process.env, NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

const importEditor = (conditions: string[]) => node([...conditions, '--input-type=module', '-e', "await import('@payloadcms/richtext-lexical'); console.log('editor loaded')"])

describe('the Payload CLI (scripts/payload.mjs)', () => {
  it('upstream pin: without a build condition, importing the rich-text editor sometimes ends unfinished (exit 13, unsettled top-level await)', async () => {
    // A race (5 to 9 runs in 12 on this machine): try until it shows, at most 40 times.
    const attempts: Outcome[] = []
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const outcome = await importEditor([])
      attempts.push(outcome)
      if (outcome.code === 13) break
    }
    const unfinished = attempts.filter((outcome) => outcome.code === 13 && !outcome.output.includes('editor loaded'))
    // No unfinished import in 40 tries: fixed upstream — remove scripts/payload.mjs and this pin.
    expect(unfinished.length).toBeGreaterThan(0)
  }, 300_000)

  it('with the build condition the wrapper passes, the same import finishes every time (10 runs)', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const outcome = await importEditor(['--conditions=development'])
      expect(outcome).toEqual({ code: 0, output: expect.stringContaining('editor loaded') })
    }
  }, 300_000)

  it('runs a script that loads the Payload config to its end, every time (3 runs)', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const outcome = await node(['scripts/payload.mjs', 'run', 'tests/fixtures/cliProbe.ts'], 120_000)
      expect(outcome.output).toMatch(/cli-probe: config loaded with \d+ collections/)
      expect(outcome.code).toBe(0)
    }
  }, 400_000)
})
