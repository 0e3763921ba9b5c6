import { isIP } from 'node:net'

import { z } from 'zod'

/**
 * The CMS's environment, validated once. Every other module imports `env` from here;
 * nothing else reads `process.env` (enforced by lint).
 */

/** Development defaults: safe on a laptop, refused in production or a deployment. */
export const DEV_PAYLOAD_SECRET = 'dev-only-payload-secret-change-me'
export const DEV_REVALIDATE_SECRET = 'dev-only-revalidate-secret-change-me'
export const DEV_PREVIEW_SECRET = 'dev-only-preview-secret-change-me'

/** The origin of `value` when it is exactly an origin (scheme, host, optional port), else null. */
function originOf(value: string): string | null {
  if (!URL.canParse(value)) return null
  const url = new URL(value)
  const bare = value.replace(/\/$/, '')
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === bare ? url.origin : null
}

/** `address/prefix` with an IPv4 or IPv6 address and a prefix that fits it. */
function isCidr(value: string): boolean {
  const [address = '', prefix = '', ...rest] = value.split('/')
  const family = isIP(address)
  if (family === 0 || rest.length > 0 || !/^\d{1,3}$/.test(prefix)) return false
  return Number(prefix) <= (family === 4 ? 32 : 128)
}

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((value) => value === '1' || value === 'true' || value === 'yes')

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** `file:…` → SQLite (embedded default), `mongodb://` or `mongodb+srv://` → MongoDB. */
  DATABASE_URI: z
    .string()
    .default('file:./data/cms.db')
    .refine((uri) => /^(file:|mongodb:\/\/|mongodb\+srv:\/\/)/.test(uri), {
      message: 'DATABASE_URI must start with file:, mongodb:// or mongodb+srv://',
    }),
  PAYLOAD_SECRET: z.string().min(1).optional(),
  /** The PAYLOAD_SECRET before a rotation: stored webhook secrets sealed with it still open (docs/content-api.md). */
  PAYLOAD_SECRET_PREVIOUS: z.string().min(1).optional(),
  REVALIDATE_SECRET: z.string().min(1).optional(),
  /** Signs preview tokens (shared with the site, which checks them); separate from REVALIDATE_SECRET. */
  PREVIEW_SECRET: z.string().min(1).optional(),
  /** Public origin of the CMS (admin, API). */
  CMS_URL: z.url().optional(),
  CMS_PORT: z.coerce.number().int().positive().default(3000),
  /** Public origin of the website, used for CORS, preview links and revalidation calls. */
  WEB_URL: z.url().optional(),
  WEB_PORT: z.coerce.number().int().positive().default(3001),
  /** Where the CMS reaches the site server to server (revalidation), when that differs from WEB_URL (e.g. http://web:3001 in compose). */
  WEB_INTERNAL_URL: z.url().optional(),
  /** Marks a real deployment (docker compose sets it): default secrets are refused. */
  DEPLOYMENT: booleanFlag,
  /** Seed an empty database when Payload starts (default on; tests turn it off). */
  SEED_ON_START: z
    .enum(['1', '0', 'true', 'false'])
    .optional()
    .transform((value) => value === undefined || value === '1' || value === 'true'),
  SEED_ADMIN_EMAIL: z.email().optional(),
  SEED_ADMIN_PASSWORD: z.string().min(12, 'SEED_ADMIN_PASSWORD must have at least 12 characters').optional(),
  /** Directory for uploaded files (a volume every CMS instance shares); unused when S3 storage is configured. */
  MEDIA_DIR: z.string().optional(),
  /**
   * S3-compatible object storage for media (src/media/storage.ts). All of these or none: with none,
   * media stays in MEDIA_DIR. S3_ENDPOINT is an origin (MinIO, Ceph, a cloud's S3 API); path-style
   * addressing (`https://host/bucket/key`) is what most self-hosted servers need.
   */
  S3_BUCKET: z.string().min(1).optional(),
  S3_ENDPOINT: z.url({ protocol: /^https?$/, message: 'S3_ENDPOINT must be an http(s) URL like https://s3.example.org' }).optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(['1', '0', 'true', 'false'], { message: 'S3_FORCE_PATH_STYLE must be true or false' }).optional(),
  /**
   * Content API (see docs/content-api.md). Browser origins allowed to call the API, comma-separated
   * (e.g. `https://www.kreftregisteret.no,https://partner.example.org`); the site's origin when unset.
   */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value, context) => {
      if (value === undefined || value.trim() === '') return undefined
      const origins: string[] = []
      for (const entry of value.split(',').map((part) => part.trim()).filter(Boolean)) {
        const origin = originOf(entry)
        if (origin === null) context.addIssue({ code: 'custom', message: `"${entry}" is not an origin like https://example.org` })
        else origins.push(origin)
      }
      return origins
    }),
  /** Seconds a shared cache may serve a public API response fresh, then stale while it revalidates. */
  API_CACHE_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(60),
  API_CACHE_STALE_WHILE_REVALIDATE: z.coerce.number().int().min(0).max(604_800).default(300),
  /**
   * Private networks webhook destinations may use anyway, as comma-separated CIDRs (e.g. `127.0.0.0/8,::1/128`
   * for tests, `10.20.0.0/16` for an internal consumer). Empty: private, loopback and link-local are refused.
   */
  WEBHOOK_ALLOWED_NETWORKS: z
    .string()
    .optional()
    .transform((value, context) => {
      const networks = (value ?? '').split(',').map((part) => part.trim()).filter(Boolean)
      for (const network of networks) {
        if (!isCidr(network)) context.addIssue({ code: 'custom', message: `"${network}" is not a CIDR like 10.0.0.0/8 or ::1/128` })
      }
      return networks
    }),
  /**
   * Days the change log (`GET /api/changes`) keeps its entries; older ones are pruned every hour,
   * and a consumer asking from before the pruned point gets 410 (resync). docs/content-api.md.
   */
  CHANGES_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(180),
  /** Run queued jobs (webhook deliveries, …) inside the app process on a timer. On by default; off under Jest. */
  JOBS_AUTORUN: z
    .enum(['1', '0', 'true', 'false'])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === '1' || value === 'true')),
  /** Set by Next.js while `next build` runs: no database, no secrets needed then. */
  NEXT_PHASE: z.string().optional(),
})

/** Where media files go when S3 storage is configured; null when they stay in MEDIA_DIR. */
export type S3MediaStorage = {
  bucket: string
  endpoint: string
  region: string
  accessKeyId: string
  secretAccessKey: string
  forcePathStyle: boolean
}

const S3_VARIABLES = ['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const

type ParsedEnv = z.infer<typeof schema>

/** All S3_* variables or none: half a configuration would silently keep media on local disk. */
function s3MediaStorage(parsed: ParsedEnv): S3MediaStorage | null {
  const present = S3_VARIABLES.filter((name) => parsed[name] !== undefined)
  if (present.length === 0) return null
  const { S3_BUCKET: bucket, S3_ENDPOINT: endpoint, S3_REGION: region } = parsed
  const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey, S3_FORCE_PATH_STYLE: pathStyle } = parsed
  if (!bucket || !endpoint || !region || !accessKeyId || !secretAccessKey || !pathStyle) {
    const missing = S3_VARIABLES.filter((name) => parsed[name] === undefined)
    throw new Error(
      `Invalid CMS environment: S3 media storage needs all of ${S3_VARIABLES.join(', ')} or none of them ` +
        `(${present.join(', ')} set; ${missing.join(', ')} missing). Without them media stays in MEDIA_DIR.`,
    )
  }
  return { bucket, endpoint, region, accessKeyId, secretAccessKey, forcePathStyle: pathStyle === '1' || pathStyle === 'true' }
}

export type CmsEnv = Omit<ParsedEnv, 'CORS_ORIGINS' | 'JOBS_AUTORUN'> & {
  CORS_ORIGINS: string[]
  JOBS_AUTORUN: boolean
  /** S3 media storage, or null for the MEDIA_DIR volume. */
  S3_MEDIA: S3MediaStorage | null
  PAYLOAD_SECRET: string
  REVALIDATE_SECRET: string
  PREVIEW_SECRET: string
  CMS_URL: string
  WEB_URL: string
}

/** Parses and checks an environment; exported for tests, which pass their own. */
export function parseEnv(source: Record<string, string | undefined>): CmsEnv {
  const result = schema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid CMS environment:\n${problems.join('\n')}`)
  }
  const parsed = result.data
  const isBuild = parsed.NEXT_PHASE === 'phase-production-build'
  const strict = !isBuild && (parsed.NODE_ENV === 'production' || parsed.DEPLOYMENT)
  if (strict) {
    for (const [name, value, devDefault] of [
      ['PAYLOAD_SECRET', parsed.PAYLOAD_SECRET, DEV_PAYLOAD_SECRET],
      ['REVALIDATE_SECRET', parsed.REVALIDATE_SECRET, DEV_REVALIDATE_SECRET],
      ['PREVIEW_SECRET', parsed.PREVIEW_SECRET, DEV_PREVIEW_SECRET],
    ] as const) {
      if (!value || value === devDefault || value.length < 32) {
        throw new Error(
          `${name} must be set to a random value of at least 32 characters in production ` +
            '(npm start generates one into .env.local; a deployment must provide its own).',
        )
      }
    }
  }
  const webUrl = parsed.WEB_URL ?? `http://localhost:${parsed.WEB_PORT}`
  const s3Media = s3MediaStorage(parsed)
  return {
    ...parsed,
    PAYLOAD_SECRET: parsed.PAYLOAD_SECRET ?? DEV_PAYLOAD_SECRET,
    REVALIDATE_SECRET: parsed.REVALIDATE_SECRET ?? DEV_REVALIDATE_SECRET,
    PREVIEW_SECRET: parsed.PREVIEW_SECRET ?? DEV_PREVIEW_SECRET,
    CMS_URL: parsed.CMS_URL ?? `http://localhost:${parsed.CMS_PORT}`,
    WEB_URL: webUrl,
    CORS_ORIGINS: parsed.CORS_ORIGINS ?? [new URL(webUrl).origin],
    JOBS_AUTORUN: parsed.JOBS_AUTORUN ?? (parsed.NODE_ENV !== 'test' && !isBuild),
    S3_MEDIA: s3Media,
  }
}

// eslint-disable-next-line no-restricted-properties -- the one place that reads the environment
export const env: CmsEnv = parseEnv(process.env)
