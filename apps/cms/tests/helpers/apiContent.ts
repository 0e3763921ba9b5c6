import type { Payload } from 'payload'

import { type Doc, fixtures, unique } from './fixtures'

/**
 * The content collection slugs (a public contract, never renamed). Written out here on
 * purpose: importing them from src/ would load src/env.ts before bootPayload has set the
 * test environment (ESM imports run first), and Payload would open the default database.
 */
export const CONTENT_SLUGS = ['departments', 'sections', 'projects', 'biobank-facts', 'screening-programmes', 'people', 'key-figures'] as const
export const PUBLIC_SLUGS = [...CONTENT_SLUGS, 'media', 'redirects'] as const

export const ADMIN_PASSWORD = 'a-long-admin-password-for-api-tests'

/** The private values of a user that must never reach a public answer. */
export const PRIVATE_KEYS = ['hash', 'salt', 'apiKey', 'apiKeyIndex', 'loginAttempts', 'lockUntil', 'resetPasswordToken', 'resetPasswordExpiration', '_verificationToken', 'sessions', 'seedKey', 'updatedBy']

export type ApiContent = {
  admin: Doc & { email: string }
  person: Doc
  department: Doc
  section: Doc
  project: Doc
  draftProject: Doc
  biobankFact: Doc
  screeningProgramme: Doc
  keyFigure: Doc
}

/**
 * A small content graph for the API suites: one published document per content
 * collection, linked (project → sections → department, people as manager and head), an
 * English translation of the project, a draft-only project, and an admin who last edited
 * the project (so `updatedBy` points at a user with an e-mail address).
 */
export async function createApiContent(payload: Payload): Promise<ApiContent> {
  await assertTestDatabase()
  const make = fixtures(payload)
  const admin = (await make.user({ email: `${unique('private-admin')}@example.org`, password: ADMIN_PASSWORD, role: 'admin' })) as Doc & { email: string }
  const person = await make.person({ email: 'researcher@kreftregisteret.no' })
  const department = await make.department({ head: person.id })
  const section = await make.section({ department: department.id, head: person.id, contacts: [person.id] })
  const project = await make.project({ sections: [section.id], projectManager: person.id, participants: [person.id], startYear: 2019 })
  await payload.update({
    collection: 'projects',
    id: project.id,
    locale: 'en',
    data: { title: `English ${String(project.title)}`, slug: `english-${String(project.slug)}`, _status: 'published' },
    user: admin,
    overrideAccess: false,
  })
  const draftProject = await make.project({ title: unique('Hemmelig utkast'), sections: [section.id], _status: 'draft' }, { draft: true })
  const biobankFact = await make.biobankFact({ section: section.id })
  const screeningProgramme = await make.screeningProgramme({ department: department.id, head: person.id })
  const keyFigure = await make.keyFigure()
  return { admin, person, department, section, project, draftProject, biobankFact, screeningProgramme, keyFigure }
}

/** Every key anywhere in a JSON value (to look for private fields at any depth). */
export function allKeys(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) allKeys(item, keys)
  else if (typeof value === 'object' && value !== null) {
    for (const [key, nested] of Object.entries(value)) {
      keys.add(key)
      allKeys(nested, keys)
    }
  }
  return keys
}

/**
 * Fails fast when src/env.ts was evaluated before bootPayload set the test environment
 * (a static import of a module that reads env): Payload would then be using the default
 * database file instead of the suite's temporary one.
 */
export async function assertTestDatabase(): Promise<void> {
  const { env } = await import('../../src/env')
  if (env.DATABASE_URI !== process.env.DATABASE_URI) {
    throw new Error(`The suite's Payload uses ${env.DATABASE_URI}, not the test database ${String(process.env.DATABASE_URI)}: src/env.ts was imported too early.`)
  }
}
