/**
 * docker-compose.yml and the two Dockerfiles, checked by reading them: no Docker engine runs on
 * the development or CI machines, so this suite is what keeps the deployment files correct.
 * Compose's own interpolation is applied (support/composeInterpolation.ts) so defaults and
 * required secrets are checked as `docker compose` would resolve them, and the healthcheck
 * commands are executed where that is possible without Docker.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import vm from 'node:vm'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'

import { type Environment, interpolate, interpolateDeep, RequiredVariableError } from './support/composeInterpolation'
import {
  parseCopy,
  parseExecForm,
  parseStages,
  type Stage,
  stageEnv,
} from './support/dockerfile'
import { isIgnored, parseDockerignore } from './support/dockerignore'
import { WEB_HEAP_LIMIT_MB } from '../../../../packages/launcher/src/servers.mjs'

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url))
const composePath = path.join(repoRoot, 'docker-compose.yml')

const environmentSchema = z
  .union([
    z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    z.array(z.string()),
  ])
  .transform((environment): Record<string, string | null> => {
    if (Array.isArray(environment)) {
      return Object.fromEntries(
        environment.map((entry) => {
          const separator = entry.indexOf('=')
          return separator === -1 ? [entry, null] : [entry.slice(0, separator), entry.slice(separator + 1)]
        }),
      )
    }
    return Object.fromEntries(
      Object.entries(environment).map(([key, value]) => [key, value === null ? null : String(value)]),
    )
  })

const serviceSchema = z.object({
  image: z.string().optional(),
  build: z.object({ context: z.string(), dockerfile: z.string() }).optional(),
  command: z.union([z.string(), z.array(z.string())]).optional(),
  environment: environmentSchema.optional(),
  ports: z.array(z.string()).optional(),
  expose: z.array(z.string()).optional(),
  volumes: z.array(z.string()).optional(),
  depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
  healthcheck: z
    .object({
      test: z.union([z.string(), z.array(z.string())]),
      interval: z.string().optional(),
      timeout: z.string().optional(),
      retries: z.number().optional(),
      start_period: z.string().optional(),
    })
    .optional(),
})
type Service = z.infer<typeof serviceSchema>

const composeSchema = z.object({
  services: z.object({ mongo: serviceSchema, cms: serviceSchema, web: serviceSchema, edge: serviceSchema }).catchall(serviceSchema),
  volumes: z.record(z.string(), z.unknown().nullable()).optional(),
})
type ComposeFile = z.infer<typeof composeSchema>

const rawCompose: unknown = parseYaml(fs.readFileSync(composePath, 'utf8'))

/** The compose file as `docker compose config` would see it with the given shell environment. */
function resolveCompose(env: Environment): ComposeFile {
  return composeSchema.parse(interpolateDeep(rawCompose, env))
}

/** Enough to satisfy the required variables; each test adds or removes what it checks. */
const REQUIRED_SECRETS = {
  PAYLOAD_SECRET: 'p'.repeat(64),
  REVALIDATE_SECRET: 'r'.repeat(64),
  PREVIEW_SECRET: 'v'.repeat(64),
} as const

const compose = resolveCompose(REQUIRED_SECRETS)
const { mongo, cms, web, edge } = compose.services

function environmentOf(service: Service): Record<string, string | null> {
  if (!service.environment) throw new Error('service has no environment')
  return service.environment
}

function requiredString(value: string | null | undefined, what: string): string {
  if (typeof value !== 'string' || value === '') throw new Error(`${what} is not set`)
  return value
}

function healthcheckCommand(service: Service): string[] {
  const test = service.healthcheck?.test
  if (!test) throw new Error('service has no healthcheck')
  if (typeof test === 'string') return ['CMD-SHELL', test]
  return test
}

/** The value that follows `flag` in an argument list (e.g. the script after `--eval`). */
function argumentAfter(args: readonly string[], flag: string): string {
  const index = args.indexOf(flag)
  const value = index === -1 ? undefined : args[index + 1]
  if (value === undefined) throw new Error(`no argument after ${flag} in ${JSON.stringify(args)}`)
  return value
}

/** Short-syntax port mapping `[ip:]host:container` → parts. */
function parsePort(mapping: string): { hostIp: string | undefined; host: string; container: string } {
  const parts = mapping.split(':')
  const container = parts.pop()
  const host = parts.pop()
  if (!container || !host) throw new Error(`port mapping "${mapping}" must publish host:container`)
  return { hostIp: parts.pop(), host, container }
}

function namedVolumeMounts(service: Service): { volume: string; target: string }[] {
  return (service.volumes ?? [])
    .map((mount) => mount.split(':'))
    .filter(([source]) => source !== undefined && !source.startsWith('.') && !source.startsWith('/'))
    .map(([volume = '', target = '']) => ({ volume, target }))
}

function mongoReplicaSetName(): string {
  const command = mongo.command
  const args = typeof command === 'string' ? command.split(/\s+/) : (command ?? [])
  return argumentAfter(args, '--replSet')
}

interface ExitResult {
  code: number | null
  stderr: string
}

function runNode(args: string[]): Promise<ExitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('error', reject)
    child.on('exit', (code) => resolve({ code, stderr }))
  })
}

describe('docker-compose.yml: services and volumes', () => {
  it('declares mongo, cms, web, the edge and redis', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['cms', 'edge', 'mongo', 'redis', 'web'])
  })

  it('declares every named volume it mounts, and mounts every volume it declares', () => {
    const declared = Object.keys(compose.volumes ?? {}).sort()
    const mounted = [...new Set(Object.values(compose.services).flatMap((service) => namedVolumeMounts(service).map((m) => m.volume)))].sort()
    expect(mounted.length).toBeGreaterThan(0)
    expect(mounted).toEqual(declared)
  })
})

describe('docker-compose.yml: mongo', () => {
  it('runs MongoDB 7 or 8 as a replica set (Payload uses transactions)', () => {
    expect(mongo.image).toMatch(/^mongo:(7|8)(\.|$|-)/)
    expect(mongoReplicaSetName()).toBe('rs0')
  })

  it('keeps its data in a named volume at /data/db', () => {
    expect(namedVolumeMounts(mongo)).toContainEqual({ volume: expect.any(String), target: '/data/db' })
  })

  it('publishes 27017 on loopback only, for MONGODB_TEST_URI on this machine', () => {
    const ports = (mongo.ports ?? []).map(parsePort)
    expect(ports).toContainEqual({ hostIp: '127.0.0.1', host: '27017', container: '27017' })
  })

  describe('healthcheck script (run against the mongosh API it uses)', () => {
    class Quit extends Error {
      constructor(readonly exitCode: number) {
        super(`quit(${exitCode})`)
      }
    }
    type ReplicaSetState = 'not initiated' | 'secondary' | 'primary'

    /** Runs the --eval script as mongosh would and returns its exit code and rs.initiate calls. */
    function runHealthcheck(state: ReplicaSetState): { exitCode: number; initiated: unknown[] } {
      const command = healthcheckCommand(mongo)
      expect(command[0]).toBe('CMD')
      expect(command[1]).toBe('mongosh')
      const script = argumentAfter(command, '--eval')
      const initiated: unknown[] = []
      const context = {
        rs: {
          status: () => {
            if (state === 'not initiated') throw new Error('MongoServerError: no replset config has been received')
            return { ok: 1, set: 'rs0' }
          },
          initiate: (config: unknown) => {
            initiated.push(config)
            return { ok: 1 }
          },
        },
        db: { hello: () => ({ isWritablePrimary: state === 'primary', setName: 'rs0' }) },
        quit: (code = 0) => {
          throw new Quit(code)
        },
      }
      try {
        vm.runInNewContext(script, context)
        return { exitCode: 0, initiated }
      } catch (error) {
        if (error instanceof Quit) return { exitCode: error.exitCode, initiated }
        return { exitCode: 1, initiated }
      }
    }

    it('initiates the replica set on first run, with the member reachable by service name', () => {
      const { exitCode, initiated } = runHealthcheck('not initiated')
      expect(exitCode).not.toBe(0)
      const cmsMongoHost = new URL(requiredString(environmentOf(cms).DATABASE_URI, 'cms DATABASE_URI')).host
      expect(initiated).toEqual([{ _id: mongoReplicaSetName(), members: [{ _id: 0, host: cmsMongoHost }] }])
    })

    it('is unhealthy while the node is not yet PRIMARY, and does not re-initiate', () => {
      expect(runHealthcheck('secondary')).toEqual({ exitCode: 1, initiated: [] })
    })

    it('is healthy once the node is PRIMARY', () => {
      expect(runHealthcheck('primary')).toEqual({ exitCode: 0, initiated: [] })
    })
  })
})

describe('docker-compose.yml: cms', () => {
  it('connects to the mongo service replica set through DATABASE_URI', () => {
    const uri = new URL(requiredString(environmentOf(cms).DATABASE_URI, 'cms DATABASE_URI'))
    expect(uri.protocol).toBe('mongodb:')
    expect(uri.hostname).toBe('mongo')
    expect(uri.port).toBe('27017')
    expect(uri.pathname).toMatch(/^\/[a-z][a-z0-9-]*$/)
    expect(uri.searchParams.get('replicaSet')).toBe(mongoReplicaSetName())
    expect(uri.searchParams.get('directConnection')).toBeNull()
  })

  it.each(['PAYLOAD_SECRET', 'REVALIDATE_SECRET', 'PREVIEW_SECRET'] as const)('refuses to start when %s is missing or empty', (name) => {
    const raw = (rawCompose as { services: { cms: { environment: Record<string, unknown> } } }).services.cms.environment[name]
    expect(raw).toMatch(new RegExp(`^\\$\\{${name}:\\?.+\\}$`))
    const withoutIt: Record<string, string> = { ...REQUIRED_SECRETS }
    delete withoutIt[name]
    expect(() => resolveCompose(withoutIt)).toThrow(RequiredVariableError)
    expect(() => resolveCompose(withoutIt)).toThrow(name)
    expect(() => resolveCompose({ ...REQUIRED_SECRETS, [name]: '' })).toThrow(RequiredVariableError)
    expect(environmentOf(resolveCompose(REQUIRED_SECRETS).services.cms)[name]).toBe(REQUIRED_SECRETS[name])
  })

  it('marks the run as a deployment, so the CMS refuses default secrets', () => {
    expect(['1', 'true', 'yes']).toContain(environmentOf(cms).DEPLOYMENT)
  })

  it('defaults CMS_URL and WEB_URL to the published localhost ports, and follows CMS_PORT/WEB_PORT', () => {
    expect(environmentOf(cms).CMS_URL).toBe('http://localhost:3000')
    expect(environmentOf(cms).WEB_URL).toBe('http://localhost:3001')
    const moved = resolveCompose({ ...REQUIRED_SECRETS, CMS_PORT: '4100', WEB_PORT: '4101' }).services.cms
    expect(environmentOf(moved).CMS_URL).toBe('http://localhost:4100')
    expect(environmentOf(moved).WEB_URL).toBe('http://localhost:4101')
    const explicit = resolveCompose({ ...REQUIRED_SECRETS, CMS_URL: 'https://cms.example.org' }).services.cms
    expect(environmentOf(explicit).CMS_URL).toBe('https://cms.example.org')
  })

  it('reaches the site over the compose network to revalidate after publishing', () => {
    const siteUrl = new URL(requiredString(environmentOf(cms).WEB_INTERNAL_URL, 'cms WEB_INTERNAL_URL'))
    expect(siteUrl.hostname).toBe('web')
    expect(web.expose).toContain(siteUrl.port)
  })

  it('keeps uploads in a named volume at MEDIA_DIR', () => {
    const mediaDir = requiredString(environmentOf(cms).MEDIA_DIR, 'cms MEDIA_DIR')
    expect(namedVolumeMounts(cms).map((mount) => mount.target)).toContain(mediaDir)
  })

  it('starts only after mongo is healthy', () => {
    expect(cms.depends_on?.mongo?.condition).toBe('service_healthy')
  })
})

describe('docker-compose.yml: web', () => {
  it('fetches from the cms service over the compose network', () => {
    const cmsUrl = new URL(requiredString(environmentOf(web).CMS_URL, 'web CMS_URL'))
    expect(cmsUrl.hostname).toBe('cms')
    expect(cms.expose).toContain(cmsUrl.port)
  })

  it('requires the same REVALIDATE_SECRET as the cms', () => {
    const raw = (rawCompose as { services: { web: { environment: Record<string, unknown> } } }).services.web.environment
      .REVALIDATE_SECRET
    expect(raw).toMatch(/^\$\{REVALIDATE_SECRET:\?.+\}$/)
    expect(environmentOf(web).REVALIDATE_SECRET).toBe(environmentOf(cms).REVALIDATE_SECRET)
    expect(() => resolveCompose({ PAYLOAD_SECRET: REQUIRED_SECRETS.PAYLOAD_SECRET })).toThrow('REVALIDATE_SECRET')
  })

  it('requires the same PREVIEW_SECRET as the cms (the site checks the preview tokens the cms signs)', () => {
    const raw = (rawCompose as { services: { web: { environment: Record<string, unknown> } } }).services.web.environment.PREVIEW_SECRET
    expect(raw).toMatch(/^\$\{PREVIEW_SECRET:\?.+\}$/)
    expect(environmentOf(web).PREVIEW_SECRET).toBe(environmentOf(cms).PREVIEW_SECRET)
    expect(environmentOf(web).PREVIEW_SECRET).not.toBe(environmentOf(web).REVALIDATE_SECRET)
  })

  it('knows its public origin (WEB_URL) as the cms does', () => {
    expect(environmentOf(web).WEB_URL).toBe(environmentOf(cms).WEB_URL)
  })

  it('marks the run as a deployment, so the site refuses a default secret', () => {
    expect(['1', 'true', 'yes']).toContain(environmentOf(web).DEPLOYMENT)
  })

  it('starts only after the cms is healthy', () => {
    expect(web.depends_on?.cms?.condition).toBe('service_healthy')
  })
})

const apps = [
  { service: 'cms', portVariable: 'CMS_PORT', defaultPort: '3000', workspace: '@crn/cms' },
  { service: 'web', portVariable: 'WEB_PORT', defaultPort: '3001', workspace: '@crn/web' },
] as const

describe.each(apps)('docker-compose.yml: $service environment, port and healthcheck', ({ service, portVariable, defaultPort }) => {
  const definition = (): Service => compose.services[service]

  it(`sets only variables that apps/${service}/src/env.ts validates`, () => {
    const envModule = fs.readFileSync(path.join(repoRoot, 'apps', service, 'src/env.ts'), 'utf8')
    const unknown = Object.keys(environmentOf(definition())).filter((name) => !new RegExp(`^\\s+${name}:`, 'm').test(envModule))
    expect(unknown).toEqual([])
  })

  it(`is reached only through the edge, which publishes ${defaultPort} by default and follows ${portVariable}`, () => {
    expect(definition().ports).toBeUndefined()
    expect(definition().expose).toEqual([defaultPort])
    expect(edge.ports?.map(parsePort)).toContainEqual({ hostIp: undefined, host: defaultPort, container: defaultPort })
    const moved = resolveCompose({ ...REQUIRED_SECRETS, [portVariable]: '4200' }).services.edge
    expect(moved.ports?.map(parsePort)).toContainEqual({ hostIp: undefined, host: '4200', container: defaultPort })
    const upstreams = environmentOf(edge)[service === 'cms' ? 'CRN_CMS_UPSTREAMS' : 'CRN_WEB_UPSTREAMS']
    expect(upstreams).toMatch(new RegExp(`^server ${service}:${defaultPort}\\b`))
  })

  it('probes a health route the app really serves', () => {
    if (service === 'cms') {
      // A Next.js route beside Payload's REST router (it answers 503 even when Payload cannot start).
      const route = path.join(repoRoot, 'apps/cms/src/app/(payload)/api/health/route.ts')
      expect(fs.readFileSync(route, 'utf8')).toMatch(/export const GET\b/)
    } else {
      const routes = ['route.ts', 'route.tsx', 'route.js'].map((name) => path.join(repoRoot, 'apps/web/src/app/api/health', name))
      expect(routes.some((route) => fs.existsSync(route))).toBe(true)
    }
  })

  describe('healthcheck on /api/health', () => {
    let status = 200
    let server: http.Server
    let port = 0
    const requests: string[] = []

    beforeAll(async () => {
      server = http.createServer((request, response) => {
        requests.push(request.url ?? '')
        response.writeHead(request.url === '/api/health' ? status : 404, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ status: status === 200 ? 'ok' : 'error' }))
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      port = (server.address() as AddressInfo).port
    })
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    })

    /** The healthcheck's Node script, pointed at this test's server instead of the container port. */
    function healthcheckScript(): string {
      const command = healthcheckCommand(definition())
      expect(command.slice(0, 3)).toEqual(['CMD', 'node', '-e'])
      const script = argumentAfter(command, '-e')
      const containerUrl = `http://127.0.0.1:${defaultPort}/api/health`
      expect(script).toContain(containerUrl)
      return script.replace(containerUrl, `http://127.0.0.1:${port}/api/health`)
    }

    it('exits 0 when /api/health answers 200', async () => {
      status = 200
      requests.length = 0
      const result = await runNode(['-e', healthcheckScript()])
      expect(result).toEqual({ code: 0, stderr: '' })
      expect(requests).toEqual(['/api/health'])
    })

    it('exits non-zero when /api/health answers 503', async () => {
      status = 503
      expect((await runNode(['-e', healthcheckScript()])).code).not.toBe(0)
    })

    it('exits non-zero when nothing listens', async () => {
      const script = healthcheckScript().replace(`:${port}/`, ':1/')
      expect((await runNode(['-e', script])).code).not.toBe(0)
    })
  })
})

describe('docker-compose.yml: edge', () => {
  const template = fs.readFileSync(path.join(repoRoot, 'deploy/edge/crn-edge.conf.template'), 'utf8')

  it('runs the official nginx image on the repository’s edge template', () => {
    expect(edge.image).toMatch(/^nginx:/)
    const mounts = (edge.volumes ?? []).map((mount) => mount.split(':'))
    expect(mounts).toContainEqual(['./deploy/edge/crn-edge.conf.template', '/etc/nginx/templates/crn-edge.conf.template', 'ro'])
    expect(mounts).toContainEqual(['./deploy/edge', requiredString(environmentOf(edge).CRN_EDGE_DIR, 'CRN_EDGE_DIR'), 'ro'])
  })

  it('gives every placeholder of the template a value, and substitutes only CRN_* variables', () => {
    const placeholders = [...new Set([...template.matchAll(/\$\{(CRN_[A-Z0-9_]+)\}/g)].map((match) => match[1] ?? ''))].sort()
    expect(placeholders.length).toBeGreaterThan(5)
    const given = environmentOf(edge)
    expect(placeholders.filter((name) => given[name] === undefined || given[name] === null)).toEqual([])
    expect(given.NGINX_ENVSUBST_FILTER).toBe('^CRN_')
  })

  it('frames the site only for the CMS’s public origin', () => {
    expect(environmentOf(edge).CRN_CMS_ORIGIN).toBe(environmentOf(cms).CMS_URL)
  })

  it('starts once both apps are healthy', () => {
    expect(edge.depends_on?.cms?.condition).toBe('service_healthy')
    expect(edge.depends_on?.web?.condition).toBe('service_healthy')
  })
})

describe.each(apps)('apps/$service/Dockerfile', ({ service, defaultPort, workspace }) => {
  const build = compose.services[service].build
  const context = path.resolve(path.dirname(composePath), build?.context ?? '.')
  const dockerfilePath = path.resolve(context, build?.dockerfile ?? '')
  const appDir = `apps/${service}`

  let stages: Stage[] = []
  let runner: Stage
  beforeAll(() => {
    stages = parseStages(fs.readFileSync(dockerfilePath, 'utf8'))
    const last = stages.at(-1)
    if (!last) throw new Error(`${dockerfilePath} has no FROM`)
    runner = last
  })
  const instructions = (keyword: string) =>
    stages.flatMap((stage) => stage.instructions.filter((instruction) => instruction.keyword === keyword))
  const runnerInstructions = (keyword: string) => runner.instructions.filter((instruction) => instruction.keyword === keyword)

  it('is built from the repository root with the app’s own Dockerfile', () => {
    expect(context).toBe(path.resolve(repoRoot))
    expect(path.relative(repoRoot, dockerfilePath)).toBe(`${appDir}/Dockerfile`)
    expect(fs.existsSync(dockerfilePath)).toBe(true)
  })

  it('is multi-stage on node:20-bookworm-slim, each stage based on an earlier one', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2)
    const known = new Set<string>()
    for (const stage of stages) {
      if (!known.has(stage.from)) expect(stage.from).toBe('node:20-bookworm-slim')
      if (stage.name) known.add(stage.name)
    }
    for (const stage of stages) {
      for (const copy of stage.instructions.filter((i) => i.keyword === 'COPY').map(parseCopy)) {
        const from = copy.flags.from
        if (from === undefined) continue
        const source = stages.find((candidate) => candidate.name === from)
        expect({ line: copy.line, from, definedEarlier: source !== undefined && source.index < stage.index }).toEqual({
          line: copy.line,
          from,
          definedEarlier: true,
        })
      }
    }
  })

  it('installs with npm ci from the root lockfile (workspaces), then builds only its app with turbo', () => {
    const runs = instructions('RUN').map((instruction) => instruction.args)
    const installIndex = runs.findIndex((args) => /\bnpm ci\b/.test(args))
    const buildIndex = runs.findIndex((args) => args.includes(`turbo run build --filter=${workspace}`))
    expect(installIndex).toBeGreaterThanOrEqual(0)
    expect(buildIndex).toBeGreaterThan(installIndex)
    const text = fs.readFileSync(dockerfilePath, 'utf8')
    expect(text).toContain('package-lock.json')
    expect(runs.every((args) => !/\bnpm (install|i)\b/.test(args))).toBe(true)
  })

  it('copies from the build context only files that exist and are not .dockerignored', () => {
    const rules = parseDockerignore(fs.readFileSync(path.join(context, '.dockerignore'), 'utf8'))
    const contextSources = instructions('COPY')
      .map(parseCopy)
      .filter((copy) => copy.flags.from === undefined)
      .flatMap((copy) => copy.sources)
    expect(contextSources.length).toBeGreaterThan(0)
    for (const source of contextSources.filter((s) => s !== '.')) {
      expect({ source, exists: fs.existsSync(path.join(context, source)), ignored: isIgnored(rules, source) }).toEqual({
        source,
        exists: true,
        ignored: false,
      })
    }
  })

  it('runs as a non-root user in production mode on 0.0.0.0 and the compose container port', () => {
    const users = runnerInstructions('USER').map((instruction) => instruction.args)
    const lastUser = users.at(-1)
    expect(lastUser).toBeDefined()
    expect(['root', '0', '0:0', 'root:root']).not.toContain(lastUser)
    const env = stageEnv(runner)
    expect(env).toMatchObject({ NODE_ENV: 'production', HOSTNAME: '0.0.0.0', PORT: defaultPort })
    expect(runnerInstructions('EXPOSE').map((instruction) => instruction.args)).toEqual([defaultPort])
  })

  it('serves the Next standalone output: server, static assets and public files', () => {
    const workdir = runnerInstructions('WORKDIR').at(-1)?.args ?? '/'
    const copies = runnerInstructions('COPY').map(parseCopy)
    const destinationOf = (sourceSuffix: string) => {
      const copy = copies.find((candidate) => candidate.sources.some((source) => source.endsWith(sourceSuffix)))
      if (!copy) throw new Error(`the final stage does not copy …${sourceSuffix}`)
      expect(copy.flags.from).toBeDefined()
      return path.posix.resolve(workdir, copy.destination)
    }
    const standaloneRoot = destinationOf(`${appDir}/.next/standalone`)
    expect(standaloneRoot).toBe(path.posix.resolve(workdir))
    // outputFileTracingRoot = repo root, so standalone mirrors the monorepo layout.
    expect(destinationOf(`${appDir}/.next/static`)).toBe(path.posix.join(standaloneRoot, appDir, '.next/static'))
    expect(destinationOf(`${appDir}/public`)).toBe(path.posix.join(standaloneRoot, appDir, 'public'))
    const cmd = runnerInstructions('CMD').at(-1)
    if (!cmd) throw new Error('the final stage has no CMD')
    const [program, script] = parseExecForm(cmd)
    expect(program).toBe('node')
    expect(path.posix.resolve(workdir, script ?? '')).toBe(path.posix.join(standaloneRoot, appDir, 'server.js'))
  })

  it('matches a Next config that emits standalone output traced from the repository root', () => {
    const configFile = ['next.config.mjs', 'next.config.ts', 'next.config.js']
      .map((name) => path.join(repoRoot, appDir, name))
      .find((candidate) => fs.existsSync(candidate))
    if (!configFile) throw new Error(`${appDir} has no next.config.{mjs,ts,js}: the image needs output: 'standalone'`)
    const config = fs.readFileSync(configFile, 'utf8')
    expect(config).toMatch(/output:\s*['"]standalone['"]/)
    // Without an explicit root Next infers it from the lockfile, which sits at the repository root;
    // an explicit one must be the repository root, two levels above the app.
    if (config.includes('outputFileTracingRoot')) expect(config).toMatch(/['"]\.\.\/\.\.\/?['"]/)
  })
})

describe('apps/cms/Dockerfile: CMS specifics', () => {
  it('ships the committed SQLite migrations next to the server (migrationDir = cwd/migrations)', () => {
    const stages = parseStages(fs.readFileSync(path.join(repoRoot, 'apps/cms/Dockerfile'), 'utf8'))
    const runner = stages.at(-1)
    const copies = (runner?.instructions ?? []).filter((i) => i.keyword === 'COPY').map(parseCopy)
    const workdir = runner?.instructions.filter((i) => i.keyword === 'WORKDIR').at(-1)?.args ?? '/'
    const migrations = copies.find((copy) => copy.sources.some((source) => source.endsWith('apps/cms/migrations')))
    expect(migrations && path.posix.resolve(workdir, migrations.destination)).toBe(path.posix.join(workdir, 'apps/cms/migrations'))
    expect(fs.existsSync(path.join(repoRoot, 'apps/cms/migrations/index.ts'))).toBe(true)
  })

  it('creates the media directory for the volume, owned by the runtime user', () => {
    const text = fs.readFileSync(path.join(repoRoot, 'apps/cms/Dockerfile'), 'utf8')
    const mediaDir = requiredString(environmentOf(cms).MEDIA_DIR, 'cms MEDIA_DIR')
    expect(text).toContain(`mkdir -p ${mediaDir}`)
    expect(text).toMatch(/chown -R node:node \/app\/apps\/cms\/data/)
    expect(text).toMatch(/^USER node$/m)
  })
})

describe('apps/web/Dockerfile: site specifics', () => {
  const runner = parseStages(fs.readFileSync(path.join(repoRoot, 'apps/web/Dockerfile'), 'utf8')).at(-1)
  const workdir = runner?.instructions.filter((i) => i.keyword === 'WORKDIR').at(-1)?.args ?? '/'

  it('starts the server with the Node options the launcher gives the site: heap limit and the visitor-HTML hook', () => {
    if (!runner) throw new Error('apps/web/Dockerfile has no stage')
    const copies = runner.instructions.filter((i) => i.keyword === 'COPY').map(parseCopy)
    const hook = copies.find((copy) => copy.sources.some((source) => source.endsWith('apps/web/visitor-html')))
    expect(hook && path.posix.resolve(workdir, hook.destination)).toBe(path.posix.join(workdir, 'apps/web/visitor-html'))
    expect(fs.existsSync(path.join(repoRoot, 'apps/web/visitor-html/install.mjs'))).toBe(true)
    const options = (stageEnv(runner).NODE_OPTIONS ?? '').split(/\s+/)
    expect(options).toEqual(expect.arrayContaining([`--max-old-space-size=${WEB_HEAP_LIMIT_MB}`, `--import=${path.posix.join(workdir, 'apps/web/visitor-html/install.mjs')}`]))
  })
})

describe('.dockerignore', () => {
  const rules = parseDockerignore(fs.readFileSync(path.join(repoRoot, '.dockerignore'), 'utf8'))

  it.each([
    'node_modules/next/package.json',
    'apps/cms/node_modules/x/index.js',
    'apps/cms/.next/BUILD_ID',
    'apps/web/.next/standalone/apps/web/server.js',
    '.env',
    '.env.local',
    'apps/cms/.env.production',
    'apps/cms/data/cms.db',
    'apps/cms/data/media/photo.png',
    'test-results/report.json',
    'apps/web/test-results/trace.zip',
    'playwright-report/index.html',
    'coverage/lcov.info',
    '.git/HEAD',
  ])('keeps %s out of the build context', (file) => {
    expect(isIgnored(rules, file)).toBe(true)
  })

  it.each([
    'package.json',
    'package-lock.json',
    'turbo.json',
    'tsconfig.base.json',
    'apps/cms/package.json',
    'apps/cms/src/payload.config.ts',
    'apps/cms/migrations/index.ts',
    'apps/cms/public/favicon.svg',
    'apps/web/package.json',
    'packages/seed/package.json',
    'packages/content-types/src/payload-types.ts',
  ])('sends %s to the build', (file) => {
    expect(isIgnored(rules, file)).toBe(false)
  })
})

describe('compose interpolation helper (what the checks above rely on)', () => {
  it('resolves defaults, nested defaults, required values and escapes like docker compose', () => {
    expect(interpolate('${A:-x}', {})).toBe('x')
    expect(interpolate('${A:-x}', { A: '' })).toBe('x')
    expect(interpolate('${A-x}', { A: '' })).toBe('')
    expect(interpolate('http://h:${P:-${Q:-1}}/', { Q: '2' })).toBe('http://h:2/')
    expect(interpolate('$$HOME and $A', { A: 'a' })).toBe('$HOME and a')
    expect(interpolate('${A:+on}', { A: 'y' })).toBe('on')
    expect(() => interpolate('${A:?give A}', {})).toThrow('give A')
    expect(interpolate('${A?set}', { A: '' })).toBe('')
  })
})
