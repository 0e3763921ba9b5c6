import { t } from './bilingual'
import { CONTENT_WRITTEN } from './dates'
import { h2, p, richText, ul } from './lexical'
import { sources } from './sources'
import type { SeedGlobal } from './types'

const goal = (nb: string, en: string) => ({ goal: t(nb, en) })

/**
 * The "Departments and researchers" overview page. Its text was written from the original
 * page (16 November 2020) and the 2020–2024 strategy, so it lists both as sources; its
 * "last updated" is when this text was written, never the original page's date.
 */
export const researchOverview: SeedGlobal<'research-overview'> = {
  slug: 'research-overview',
  seedKey: 'global-research-overview',
  data: {
    title: t('Avdelinger og forskere', 'Departments and researchers'),
    lead: t(
      'Forskning på registerdata er en særlig styrke for Kreftregisteret, som er en viktig bidragsyter til kreftforskningen. Her finner du avdelingene og seksjonene der forskningen foregår.',
      'Research on registry data is a particular strength of the Cancer Registry of Norway, an important contributor to cancer research. Here you will find the departments and sections where that research takes place.',
    ),
    goals: [
      goal('Forebygge at kreft oppstår', 'Prevent cancer from developing'),
      goal('Oppdage kreft tidlig nok', 'Detect cancer early enough'),
      goal('Bidra til bedre kreftbehandling og -omsorg', 'Contribute to better cancer care'),
    ],
    body: t(
      richText(
        h2('Forskning i hele organisasjonen'),
        p(
          'Alle Kreftregisterets avdelinger driver forskning. Forskningsavdelingen har den største andelen, men det foregår også betydelig forskning i Registeravdelingen, i screeningprogrammene og i Registerinformatikkavdelingen.',
        ),
        h2('Datagrunnlaget'),
        p(
          'Kreftdata for hele befolkningen er utgangspunktet for de fleste prosjektene, ofte sammen med prøver fra biobanker, helseundersøkelser, andre kohorter og studier og andre registre. Noen prosjekter bruker klassiske epidemiologiske metoder, andre trekker i tillegg inn molekylære eller kliniske data.',
        ),
        h2('Satsingsområder i strategien for 2020–2024'),
        ul(
          'Persontilpasset forebygging',
          'Nye metoder for å utrydde livmorhalskreft',
          'Maskinlæring i epidemiologi og screening',
          'Nye molekylære markører fra biobanker',
          'Uønskede forskjeller i kreftomsorgen',
        ),
      ),
      richText(
        h2('Research across the organisation'),
        p(
          "All of the Cancer Registry's departments do research. The Research Department has the largest share, but there is substantial research in the Registry Department, in the screening programmes and in the Department of Register Informatics as well.",
        ),
        h2('The data behind the research'),
        p(
          'Cancer data for the whole population are the starting point for most projects, often combined with biobank samples, health surveys, other cohorts and studies, and other registers. Some projects use classical epidemiological methods; others also bring in molecular or clinical data.',
        ),
        h2('Focus areas in the 2020–2024 strategy'),
        ul(
          'Personalised prevention',
          'New methods to eliminate cervical cancer',
          'Machine learning in epidemiology and screening',
          'New molecular markers from biobanks',
          'Unwanted differences in cancer care',
        ),
      ),
    ),
    lastUpdated: CONTENT_WRITTEN,
    sources: [sources.departmentsAndResearchers, sources.strategy],
  },
}
