// The edge (deploy/edge/): renders its nginx template and runs Debian's nginx in front of the
// CMS and the site, for `npm start`, the test suites and the edge benchmark. nginx runs as a
// child in its own process group (not a daemon) with its own prefix, temp and cache directories,
// so it needs no root and no system path beyond the binary.
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { superviseProcessGroup } from './processGroup.mjs'
import { repoRoot } from './servers.mjs'

export const EDGE_DIR = path.join(repoRoot, 'deploy/edge')
export const EDGE_TEMPLATE = path.join(EDGE_DIR, 'crn-edge.conf.template')
/** Several CMS instances: the listener the site instances read the CMS through (no cache, no limits). */
export const EDGE_INTERNAL_TEMPLATE = path.join(EDGE_DIR, 'crn-edge-internal.conf.template')
export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx'
export const NGINX_INSTALL_COMMAND = 'sudo apt-get install -y nginx libnginx-mod-http-brotli-filter'
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so'
const MIME_TYPES = '/etc/nginx/mime.types'

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

/**
 * Finds Debian's nginx, installing it (and the brotli module) with apt when running as root on a
 * machine that has apt. Returns `{ path }` or `{ problem }` with the one command that fixes it.
 * @returns {{ path: string, problem?: undefined } | { path?: undefined, problem: string }}
 */
export function ensureNginx({ install = true } = {}) {
  if (fs.existsSync(NGINX_PATH)) return { path: NGINX_PATH }
  if (!install || !isRoot() || !fs.existsSync('/usr/bin/apt-get')) {
    return { problem: `nginx not found at ${NGINX_PATH}. Install it with: ${NGINX_INSTALL_COMMAND} (or set NGINX_PATH).` }
  }
  console.log('Installing nginx from Debian (apt-get install nginx libnginx-mod-http-brotli-filter)…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  try {
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx', 'libnginx-mod-http-brotli-filter'], { stdio: 'inherit', env })
  } catch {
    // Older Debian releases have no brotli module: nginx alone still makes the edge.
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx'], { stdio: 'inherit', env })
  }
  if (!fs.existsSync(NGINX_PATH)) return { problem: `apt installed nginx but ${NGINX_PATH} is missing` }
  return { path: NGINX_PATH }
}

/** `host:port` → the `server …;` line of an upstream block. */
const upstreamServer = (address) => `server ${address} max_fails=1 fail_timeout=2s;`

/**
 * The template's placeholders for one deployment of the edge.
 * @param {{ cmsListen: string|number, webListen: string|number, cmsUpstreams: string[], webUpstreams: string[],
 *   cmsOrigin: string, cacheDir: string, edgeDir?: string, brotli?: boolean }} options
 */
export function edgeVariables({ cmsListen, webListen, cmsUpstreams, webUpstreams, cmsOrigin, cacheDir, edgeDir = EDGE_DIR, brotli = false }) {
  if (!cmsUpstreams.length || !webUpstreams.length) throw new Error('The edge needs at least one CMS and one site instance')
  return {
    CRN_CMS_LISTEN: String(cmsListen),
    CRN_WEB_LISTEN: String(webListen),
    CRN_CMS_UPSTREAMS: cmsUpstreams.map(upstreamServer).join('\n    '),
    CRN_WEB_UPSTREAMS: webUpstreams.map(upstreamServer).join('\n    '),
    CRN_CMS_ORIGIN: new URL(cmsOrigin).origin,
    CRN_EDGE_DIR: edgeDir,
    CRN_EDGE_CACHE_DIR: cacheDir,
    CRN_EDGE_BROTLI: brotli ? `include ${edgeDir}/snippets/brotli.conf;` : '',
  }
}

/**
 * Substitutes `${CRN_…}` placeholders the way the official nginx image's envsubst does, and
 * refuses a template that names one it was not given (nginx would fail on it later, less clearly).
 */
export function renderTemplate(template, variables) {
  return template.replace(/\$\{(CRN_[A-Z0-9_]+)\}/g, (_, name) => {
    if (!(name in variables)) throw new Error(`The edge template uses \${${name}}, which has no value`)
    return variables[name]
  })
}

/**
 * The edge's workers run ahead of the apps on the machine they share (nice -5): an answer from the
 * cache takes microseconds and must not queue behind Next handling a page refresh. Without it, on
 * 2 cores, the edge's p97.5 at a fixed 100 req/s moved with the site's once-a-second refreshes
 * (docs/benchmarks.md, "Edge"). Raising a priority needs root; otherwise nginx keeps the default.
 * In docker compose the edge has its own container and the official image's main configuration.
 */
export const edgeWorkerPriority = () => (isRoot() ? -5 : 0)

/**
 * The main configuration Debian's nginx runs with: everything under `prefix`.
 * @param {{ prefix: string, edgeConfFile: string, internalConfFile?: string, brotli: boolean, workers?: string | number, accessLog?: boolean, workerPriority?: number }} options
 *   `internalConfFile`: the rendered internal listener (several CMS instances), included when given
 */
export function mainConfig({ prefix, edgeConfFile, internalConfFile, brotli, workers = 'auto', accessLog = false, workerPriority = edgeWorkerPriority() }) {
  return `# Generated by packages/launcher/src/edge.mjs: nginx for the edge, run as a child process.
daemon off;
master_process on;
worker_processes ${workers};
worker_priority ${workerPriority};
pid ${prefix}/nginx.pid;
error_log stderr warn;
${brotli ? `load_module ${BROTLI_MODULE};\n` : ''}
events {
    worker_connections 4096;
}

http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
    ${accessLog ? `access_log ${prefix}/access.log;` : 'access_log off;'}
    client_body_temp_path ${prefix}/tmp/body;
    proxy_temp_path ${prefix}/tmp/proxy;
    fastcgi_temp_path ${prefix}/tmp/fastcgi;
    uwsgi_temp_path ${prefix}/tmp/uwsgi;
    scgi_temp_path ${prefix}/tmp/scgi;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    keepalive_requests 10000;
    types_hash_max_size 2048;

    include ${edgeConfFile};${internalConfFile ? `\n    include ${internalConfFile};` : ''}
}
`
}

/** Lets other users pass through `dir` and the folders above it (execute bit only: no listing, no reading). */
export function allowTraverse(dir) {
  for (let current = path.resolve(dir); current !== path.dirname(current); current = path.dirname(current)) {
    const { mode } = fs.statSync(current)
    if ((mode & 0o001) === 0) fs.chmodSync(current, (mode & 0o7777) | 0o011)
  }
}

/** Polls until something accepts TCP connections on 127.0.0.1:`port`. */
async function waitForPort(port, { timeoutMs, isRunning }) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isRunning()) return false
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

/**
 * Writes the configuration into `prefix` and starts nginx there (own process group). Listens on
 * `cmsPort` / `webPort` (all interfaces unless `host` is given) and forwards to the app instances.
 * @param {{ prefix: string, cmsPort: number, webPort: number, cmsUpstreams: string[], webUpstreams: string[],
 *   cmsOrigin: string, host?: string, quiet?: boolean, accessLog?: boolean, workers?: string|number, nginxPath?: string,
 *   cmsInternalPort?: number }} options  `cmsInternalPort`: also listen on 127.0.0.1 there for the site's reads of the CMS instances
 */
export async function startEdge({ prefix, cmsPort, webPort, cmsUpstreams, webUpstreams, cmsOrigin, host, quiet = false, accessLog = false, workers, nginxPath = NGINX_PATH, cmsInternalPort }) {
  for (const dir of ['conf', 'tmp', 'cache']) fs.mkdirSync(path.join(prefix, dir), { recursive: true })
  // Started by root, nginx's workers run as `nobody`: they must reach the cache and temp folders
  // (nginx gives them those folders, but a private mkdtemp folder above would still lock them out).
  if (isRoot()) allowTraverse(prefix)
  const brotli = fs.existsSync(BROTLI_MODULE)
  const listen = (port) => (host ? `${host}:${port}` : String(port))
  const variables = edgeVariables({
    cmsListen: listen(cmsPort),
    webListen: listen(webPort),
    cmsUpstreams,
    webUpstreams,
    cmsOrigin,
    cacheDir: path.join(prefix, 'cache'),
    brotli,
  })
  const edgeConfFile = path.join(prefix, 'conf', 'crn-edge.conf')
  fs.writeFileSync(edgeConfFile, renderTemplate(fs.readFileSync(EDGE_TEMPLATE, 'utf8'), variables))
  let internalConfFile
  if (cmsInternalPort) {
    internalConfFile = path.join(prefix, 'conf', 'crn-edge-internal.conf')
    fs.writeFileSync(internalConfFile, renderTemplate(fs.readFileSync(EDGE_INTERNAL_TEMPLATE, 'utf8'), { CRN_CMS_INTERNAL_LISTEN: `127.0.0.1:${cmsInternalPort}` }))
  }
  const mainConfFile = path.join(prefix, 'conf', 'nginx.conf')
  fs.writeFileSync(mainConfFile, mainConfig({ prefix, edgeConfFile, internalConfFile, brotli, workers, accessLog }))

  const args = ['-p', prefix, '-c', mainConfFile, '-e', 'stderr']
  try {
    execFileSync(nginxPath, [...args, '-t', '-q'], { stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    throw new Error(`The edge configuration is invalid (${mainConfFile}):\n${error.stderr?.toString() ?? error.message}`)
  }
  const child = spawn(nginxPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  // SIGQUIT: graceful shutdown of master and workers (all in this process group).
  const { stop, output, isRunning } = superviseProcessGroup(child, { label: 'edge', quiet, stopSignal: 'SIGQUIT' })
  const up = (await waitForPort(cmsPort, { timeoutMs: 10_000, isRunning })) && (await waitForPort(webPort, { timeoutMs: 10_000, isRunning }))
  if (!up) {
    await stop()
    throw new Error(`The edge (nginx) did not start listening on ${cmsPort}/${webPort}:\n${output().slice(-3000)}`)
  }
  return {
    child,
    stop,
    isRunning,
    output,
    brotli,
    prefix,
    cmsUrl: `http://127.0.0.1:${cmsPort}`,
    webUrl: `http://127.0.0.1:${webPort}`,
  }
}
