import { t } from './bilingual'
import { CONTENT_WRITTEN } from './dates'
import { type PolyRef, polyRef } from './refs'
import type { SeedDocument } from './types'

/**
 * People shown as contacts, heads and project participants. Role titles are the roles
 * the sources give; no email or phone is set, because the reference gives none for a
 * person (the Janus secretariat address is on the Janus section instead). Names given
 * only with initials in the sources are kept that way.
 */
type PersonInput = {
  key: string
  name: string
  slug: string
  title: [nb: string, en: string]
  lead?: [nb: string, en: string]
  unit?: PolyRef<'sections'> | PolyRef<'departments'>
}

function person({ key, name, slug, title, lead, unit }: PersonInput): SeedDocument<'people'> {
  return {
    seedKey: `person-${key}`,
    data: {
      name,
      title: t(...title),
      lead: lead ? t(...lead) : undefined,
      unit,
      slug,
      lastUpdated: CONTENT_WRITTEN,
    },
  }
}

const personalisedScreeningRole: [string, string] = [
  'Prosjektdeltaker, persontilpasset livmorhalsscreening',
  'Project participant, personalised cervical cancer screening',
]

export const people: readonly SeedDocument<'people'>[] = [
  person({
    key: 'giske-ursin',
    name: 'Giske Ursin',
    slug: 'giske-ursin',
    title: ['Direktør', 'Director'],
    lead: [
      'Tok over som direktør for Kreftregisteret 5. januar 2011, etter Frøydis Langmark.',
      'Took over as director of the Cancer Registry of Norway on 5 January 2011, after Frøydis Langmark.',
    ],
  }),
  person({
    key: 'mari-nygard',
    name: 'Mari Nygård',
    slug: 'mari-nygard',
    title: ['Leder for Forskningsavdelingen', 'Head of the Research Department'],
    lead: [
      'Leder Forskningsavdelingen og har i mange år ledet registerets HPV-forskning, fra oppfølging av vaksinestudier til persontilpasset screening.',
      "Heads the Research Department and has for many years led the registry's HPV research, from vaccine trial follow-up to personalised screening.",
    ],
    unit: polyRef('departments', 'department-research'),
  }),
  person({
    key: 'hilde-langseth',
    name: 'Hilde Langseth',
    slug: 'hilde-langseth',
    title: ['Ansvarlig for Janus serumbank', 'Responsible for the Janus Serum Bank'],
    lead: [
      'MSc og ph.d. Kontaktperson for forskere og givere som har spørsmål om Janus serumbank.',
      'MSc, PhD. The person to contact for researchers and donors with questions about the Janus Serum Bank.',
    ],
    unit: polyRef('sections', 'section-janus'),
  }),
  person({
    key: 'solveig-hofvind',
    name: 'Solveig Hofvind',
    slug: 'solveig-hofvind',
    title: ['Leder for Mammografiprogrammet', 'Head of BreastScreen Norway'],
    unit: polyRef('departments', 'department-screening'),
  }),
  person({
    key: 'kristin-ranheim-randel',
    name: 'Kristin Ranheim Randel',
    slug: 'kristin-ranheim-randel',
    title: ['Seksjonsleder, Tarmscreeningprogrammet (2022)', 'Section head, ColorectalScreen Norway (2022)'],
    unit: polyRef('departments', 'department-screening'),
  }),
  person({
    key: 'kristina-kjaerheim',
    name: 'Kristina Kjærheim',
    slug: 'kristina-kjaerheim',
    title: ['Prosjektleder, kreftrisiko blant brannkonstabler', 'Project manager, cancer risk among firefighters'],
    lead: [
      'Leder studien av kreft blant brannkonstabler og var i 2022 med i en arbeidsgruppe i Det internasjonale kreftforskningsbyrået (IARC).',
      'Leads the study of cancer among firefighters and in 2022 was a member of a working group of the International Agency for Research on Cancer (IARC).',
    ],
    unit: polyRef('sections', 'section-epidemiology-prevention'),
  }),
  person({
    key: 'tom-k-grimsrud',
    name: 'Tom K. Grimsrud',
    slug: 'tom-k-grimsrud',
    title: ['Prosjektleder, yrkeseksponering og kreft', 'Principal investigator, occupational exposure and cancer'],
    lead: [
      'Leder studier av kreft hos offshorearbeidere og av nikkel, kobolt og kreft i luftveiene.',
      'Leads studies of cancer among offshore workers and of nickel, cobalt and respiratory cancer.',
    ],
    unit: polyRef('sections', 'section-epidemiology-prevention'),
  }),
  person({
    key: 'j-s-stenehjem',
    name: 'J.S. Stenehjem',
    slug: 'j-s-stenehjem',
    title: ['Prosjektleder, offshorekohortene', 'Principal investigator, offshore cohorts'],
    unit: polyRef('sections', 'section-epidemiology-prevention'),
  }),
  person({
    key: 'trine-b-rounge',
    name: 'Trine B. Rounge',
    slug: 'trine-b-rounge',
    title: ['Forsker, JanusRNA', 'Researcher, JanusRNA'],
    lead: [
      'Står bak publikasjonene fra JanusRNA om biomarkører i blodprøver fra Janus serumbank.',
      'Leads the JanusRNA publications on biomarkers in blood samples from the Janus Serum Bank.',
    ],
  }),
  person({
    key: 'marcin-wojewodzic',
    name: 'Marcin Wojewodzic',
    slug: 'marcin-wojewodzic',
    title: ['Prosjektleder, PFAS og urologisk kreft', 'Principal investigator, PFAS and urological cancer'],
  }),
  person({
    key: 'stale-nygard',
    name: 'Ståle Nygård',
    slug: 'stale-nygard',
    title: ['Prosjektleder, Folkehelseinstituttet', 'Project manager, Norwegian Institute of Public Health'],
  }),
  person({ key: 'j-f-nygard', name: 'J.F. Nygård', slug: 'j-f-nygard', title: personalisedScreeningRole }),
  person({ key: 's-campbell', name: 'S. Campbell', slug: 's-campbell', title: personalisedScreeningRole }),
  person({ key: 'd-staldgaard', name: 'D. Staldgaard', slug: 'd-staldgaard', title: personalisedScreeningRole }),
  person({
    key: 'jarand-waaland',
    name: 'Jarand Waaland',
    slug: 'jarand-waaland',
    title: ['Kommunikasjonsrådgiver og pressekontakt (2020)', 'Communications adviser and media contact (2020)'],
    unit: polyRef('departments', 'department-administration'),
  }),
]
