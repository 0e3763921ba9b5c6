import { z } from 'zod'

/**
 * The site's environment, validated once. Every other module imports `env` from here;
 * nothing else reads `process.env` (enforced by lint).
 */

/** Development default: fine on a laptop, refused in production or a deployment. */
export const DEV_REVALIDATE_SECRET = 'dev-only-revalidate-secret-change-me'
export const DEV_PREVIEW_SECRET = 'dev-only-preview-secret-change-me'

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((value) => value === '1' || value === 'true' || value === 'yes')

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Where the site reads content (server side only; behind the edge, the CMS's internal address). */
  CMS_URL: z.url().default('http://localhost:3000'),
  /** The CMS's public origin, for addresses browsers load (uploaded images). Default: CMS_URL. */
  CMS_PUBLIC_URL: z.url().optional(),
  /** The site's public origin: canonical URLs, sitemap, OpenGraph. */
  WEB_URL: z.url().default('http://localhost:3001'),
  /** Shared secret the CMS sends to POST /api/revalidate. */
  REVALIDATE_SECRET: z.string().min(1).optional(),
  /** Checks the CMS's preview tokens (the CMS signs them with the same secret). */
  PREVIEW_SECRET: z.string().min(1).optional(),
  /** Milliseconds before a CMS request is abandoned (a never-rendered page must fail within 3 s). */
  CMS_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(2000),
  /** Seconds a rendered page stays fresh before it is re-rendered in the background. */
  REVALIDATE_SECONDS: z.coerce.number().int().min(1).default(3600),
  /**
   * Several instances: the Redis holding their shared page and data cache (redis:// or rediss://).
   * Read by cache-handler/index.mjs, which Next loads outside the app; validated here with the rest.
   */
  REDIS_URL: z
    .url()
    .refine((value) => /^rediss?:\/\//.test(value), { message: 'must be a redis:// or rediss:// URL' })
    .optional(),
  /** Marks a real deployment (docker compose sets it): default secrets are refused. */
  DEPLOYMENT: booleanFlag,
  /** Set by Next.js while `next build` runs: no secrets are needed then. */
  NEXT_PHASE: z.string().optional(),
})

export type WebEnv = Omit<z.infer<typeof schema>, 'REVALIDATE_SECRET' | 'PREVIEW_SECRET' | 'CMS_PUBLIC_URL'> & {
  REVALIDATE_SECRET: string
  PREVIEW_SECRET: string
  CMS_PUBLIC_URL: string
}

/** Parses and checks an environment; exported for tests, which pass their own. */
export function parseEnv(source: Record<string, string | undefined>): WebEnv {
  const result = schema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid site environment:\n${problems.join('\n')}`)
  }
  const parsed = result.data
  const isBuild = parsed.NEXT_PHASE === 'phase-production-build'
  const strict = !isBuild && (parsed.NODE_ENV === 'production' || parsed.DEPLOYMENT)
  if (strict) {
    for (const [name, value, devDefault] of [
      ['REVALIDATE_SECRET', parsed.REVALIDATE_SECRET, DEV_REVALIDATE_SECRET],
      ['PREVIEW_SECRET', parsed.PREVIEW_SECRET, DEV_PREVIEW_SECRET],
    ] as const) {
      if (!value || value === devDefault || value.length < 32) {
        throw new Error(
          `${name} must be set to a random value of at least 32 characters in production ` +
            '(npm start generates one; a deployment must provide its own).',
        )
      }
    }
  }
  return {
    ...parsed,
    CMS_URL: parsed.CMS_URL.replace(/\/+$/, ''),
    CMS_PUBLIC_URL: (parsed.CMS_PUBLIC_URL ?? parsed.CMS_URL).replace(/\/+$/, ''),
    WEB_URL: parsed.WEB_URL.replace(/\/+$/, ''),
    REVALIDATE_SECRET: parsed.REVALIDATE_SECRET ?? DEV_REVALIDATE_SECRET,
    PREVIEW_SECRET: parsed.PREVIEW_SECRET ?? DEV_PREVIEW_SECRET,
  }
}

// eslint-disable-next-line no-restricted-properties -- the one place that reads the environment
export const env: WebEnv = parseEnv(process.env)
