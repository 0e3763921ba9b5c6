// Redis for several site instances (their shared page and data cache): Debian's redis-server,
// run as a child in its own process group with nothing persisted (a cache, rebuilt from the CMS).
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'

import { superviseProcessGroup } from './processGroup.mjs'

export const REDIS_SERVER_PATH = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server'
export const REDIS_INSTALL_COMMAND = 'sudo apt-get install -y redis-server'

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

/**
 * Finds Debian's redis-server, installing it with apt when running as root on a machine that has
 * apt (like nginx and chromium). Returns `{ path }` or `{ problem }` with the command that fixes it.
 * @returns {{ path: string, problem?: undefined } | { path?: undefined, problem: string }}
 */
export function ensureRedis({ install = true } = {}) {
  if (fs.existsSync(REDIS_SERVER_PATH)) return { path: REDIS_SERVER_PATH }
  if (!install || !isRoot() || !fs.existsSync('/usr/bin/apt-get')) {
    return { problem: `redis-server not found at ${REDIS_SERVER_PATH}. Install it with: ${REDIS_INSTALL_COMMAND} (or set REDIS_SERVER_PATH, or REDIS_URL for a Redis you run).` }
  }
  console.log('Installing redis-server from Debian (apt-get install redis-server)…')
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'redis-server'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (!fs.existsSync(REDIS_SERVER_PATH)) return { problem: `apt installed redis-server but ${REDIS_SERVER_PATH} is missing` }
  return { path: REDIS_SERVER_PATH }
}

/** True when something accepts TCP connections on 127.0.0.1:`port`. */
export function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/**
 * Starts redis-server on 127.0.0.1:`port` (loopback only, no persistence, at most `maxMemory`,
 * least recently used keys evicted first) and waits until it accepts connections.
 * @param {{ port: number, quiet?: boolean, maxMemory?: string, redisPath?: string }} options
 */
export async function startRedis({ port, quiet = false, maxMemory = '256mb', redisPath = REDIS_SERVER_PATH }) {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory', maxMemory, '--maxmemory-policy', 'allkeys-lru']
  const child = spawn(redisPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const { stop, output, isRunning } = superviseProcessGroup(child, { label: 'redis', quiet })
  const deadline = Date.now() + 10_000
  while (!(await portOpen(port))) {
    if (!isRunning() || Date.now() > deadline) {
      await stop()
      throw new Error(`redis-server did not start on port ${port}:\n${output().slice(-2000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return { child, stop, isRunning, output, url: `redis://127.0.0.1:${port}` }
}
