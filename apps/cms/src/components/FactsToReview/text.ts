/** The view's text in the admin's two languages (bokmål first: the editors' language). */
const TEXT = {
  nb: {
    dateLocale: 'nb-NO',
    heading: 'Fakta til kontroll',
    intro: 'Tall som har passert kontrolldatoen, mangler dato i kilden eller mangler kilde. Nyeste problem først.',
    none: 'Ingen tall trenger kontroll nå.',
    figure: 'Tall',
    collection: 'Samling',
    problem: 'Problem',
    since: 'Siden',
    nav: 'Fakta til kontroll',
    problems: { overdue: 'kontrolldatoen er passert', undated: 'dato ikke oppgitt', unsourced: 'mangler kilde' },
    collections: { 'key-figures': 'Nøkkeltall', 'biobank-facts': 'Biobankfakta', 'screening-programmes': 'Screeningprogrammer' },
  },
  en: {
    dateLocale: 'en-GB',
    heading: 'Facts to review',
    intro: 'Figures past their review date, undated in their source or without a source. Newest problem first.',
    none: 'No figures need review now.',
    figure: 'Figure',
    collection: 'Collection',
    problem: 'Problem',
    since: 'Since',
    nav: 'Facts to review',
    problems: { overdue: 'review date passed', undated: 'date not stated', unsourced: 'no source' },
    collections: { 'key-figures': 'Key figures', 'biobank-facts': 'Biobank facts', 'screening-programmes': 'Screening programmes' },
  },
} as const

export const factsText = (language: string) => (language === 'en' ? TEXT.en : TEXT.nb)
