import type { Payload } from 'payload'
import sharp from 'sharp'

/**
 * Minimal valid documents for each collection, created through the Local API with
 * access overridden (the suites under test decide access themselves). Ids are used as
 * Payload returns them (UUID text on SQLite, ObjectId text on MongoDB), never constructed.
 */
export type DocId = number | string
export type Doc = Record<string, unknown> & { id: DocId }

let counter = 0
/** A suffix that keeps titles, slugs and emails unique within a suite. */
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`

type Data = Record<string, unknown>
type CreateOptions = { locale?: 'nb' | 'en'; draft?: boolean }

export function fixtures(payload: Payload) {
  const create = async (collection: string, data: Data, { locale = 'nb', draft = false }: CreateOptions = {}) =>
    (await payload.create({ collection, data, locale, draft, overrideAccess: true })) as unknown as Doc

  const department = (data: Data = {}, options?: CreateOptions) =>
    create('departments', { title: unique('Avdeling'), kind: 'research', _status: 'published', ...data }, options)

  const section = async (data: Data = {}, options?: CreateOptions) =>
    create('sections', { title: unique('Seksjon'), department: data.department ?? (await department()).id, _status: 'published', ...data }, options)

  const project = async (data: Data = {}, options?: CreateOptions) =>
    create('projects', { title: unique('Prosjekt'), sections: data.sections ?? [(await section()).id], _status: 'published', ...data }, options)

  /** A citable source (figures point to one). */
  const source = (data: Data = {}) =>
    create('sources', { title: unique('Kreftregisteret: Nøkkeltall'), publisher: 'Kreftregisteret', url: 'https://www.kreftregisteret.no/', ...data })

  const biobankFact = async (data: Data = {}, options?: CreateOptions) =>
    create(
      'biobank-facts',
      {
        title: unique('Givere'),
        section: data.section ?? (await section()).id,
        valueNumber: 318628,
        unit: 'givere',
        asOfDate: '2024-01-01',
        source: data.source ?? (await source()).id,
        _status: 'published',
        ...data,
      },
      options,
    )

  const screeningProgramme = async (data: Data = {}, options?: CreateOptions) =>
    create(
      'screening-programmes',
      {
        title: unique('Mammografiprogrammet'),
        targetGroup: { sex: 'women', ageFrom: 50, ageTo: 69 },
        test: 'Mammografi',
        intervalYears: 2,
        startYear: 1996,
        nationwideYear: 2004,
        figures: { source: (await source()).id, dateKind: 'not-stated' },
        _status: 'published',
        ...data,
      },
      options,
    )

  const person = (data: Data = {}, options?: CreateOptions) =>
    create('people', { name: unique('Kari Nordmann'), title: 'Forsker', email: 'kari@example.org', _status: 'published', ...data }, options)

  const keyFigure = async (data: Data = {}, options?: CreateOptions) =>
    create(
      'key-figures',
      {
        title: unique('Nye krefttilfeller'),
        value: 37000,
        unit: 'tilfeller',
        referenceYear: 2023,
        source: data.source ?? (await source()).id,
        _status: 'published',
        ...data,
      },
      options,
    )

  const user = (data: Data = {}) =>
    create('users', { email: `${unique('user')}@example.org`, password: 'a-long-test-password', role: 'admin', ...data })

  return { create, source, department, section, project, biobankFact, screeningProgramme, person, keyFigure, user }
}

/** A real PNG image of the given size, made with sharp. */
export async function pngImage(width = 640, height = 480): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 0, g: 94, b: 140 } } })
    .png()
    .toBuffer()
}
