import type { Project } from '@crn/content-types'

import { t } from './bilingual'
import { CONTENT_WRITTEN } from './dates'
import { h2, p, type BlockNode, richText } from './lexical'
import { ref } from './refs'
import { sourceRef } from './sourceDocuments'
import type { Source, SourceName } from './sources'
import type { SeedDocument } from './types'

type Pair = [nb: string, en: string]
type Currency = NonNullable<NonNullable<Project['funding']>[number]['currency']>

export type ProjectInput = {
  key: string
  title: Pair
  slug: Pair
  acronym?: string
  lead: Pair
  /** Body blocks in bokmål and English; a "Status" heading with `statusNote` is appended. */
  body: { nb: BlockNode[]; en: BlockNode[] }
  status: Project['status']
  /** Why the status is what it is (sources are often dated): shown to readers. */
  statusNote: Pair
  /** The source that confirms the status; without one readers see "status not confirmed". */
  statusSource?: SourceName
  startYear?: number
  endYear?: number
  sections?: string[]
  screeningProgramme?: string
  projectManager?: string
  participants?: string[]
  partners?: { name: string; country?: string; role?: Pair }[]
  /** Only amounts the sources give; otherwise leave `amount` out and explain in `note`. */
  funding?: { funder: string; amount?: number; currency?: Currency; year?: number; note?: Pair }[]
  registrations?: { type: 'nct' | 'rek' | 'other'; identifier: string }[]
  sources: Source[]
  /** The page linked as "more about the project"; defaults to the first source. */
  moreInfo?: Source
}

/** Builds a project seed document, keeping the many project definitions short and uniform. */
export function projectDocument(input: ProjectInput): SeedDocument<'projects'> {
  const moreInfo = input.moreInfo ?? input.sources[0]
  return {
    seedKey: `project-${input.key}`,
    data: {
      title: t(...input.title),
      slug: t(...input.slug),
      acronym: input.acronym,
      lead: t(...input.lead),
      body: t(
        richText(...input.body.nb, h2('Status'), p(input.statusNote[0])),
        richText(...input.body.en, h2('Status'), p(input.statusNote[1])),
      ),
      status: input.status,
      statusBasis: {
        confirmed: input.statusSource !== undefined,
        source: input.statusSource ? sourceRef(input.statusSource) : undefined,
        note: t(...input.statusNote),
      },
      startYear: input.startYear,
      endYear: input.endYear,
      sections: (input.sections ?? []).map((key) => ref('sections', key)),
      screeningProgramme: input.screeningProgramme ? ref('screening-programmes', input.screeningProgramme) : undefined,
      projectManager: input.projectManager ? ref('people', input.projectManager) : undefined,
      participants: (input.participants ?? []).map((key) => ref('people', key)),
      partners: (input.partners ?? []).map(({ name, country, role }) => ({ name, country, role: role ? t(...role) : undefined })),
      funding: (input.funding ?? []).map(({ funder, amount, currency, year, note }) => ({
        funder,
        amount,
        // No currency without an amount: the field's default would otherwise suggest a sum in NOK.
        currency: amount === undefined ? null : (currency ?? 'NOK'),
        year,
        note: note ? t(...note) : undefined,
      })),
      registrations: input.registrations ?? [],
      links: moreInfo ? [{ label: t('Mer om prosjektet', 'More about the project'), url: moreInfo.url }] : [],
      lastUpdated: CONTENT_WRITTEN,
      sources: input.sources,
    },
  }
}
