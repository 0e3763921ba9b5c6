import { t } from './bilingual'
import { polyRef } from './refs'
import type { SeedGlobal } from './types'

/** The site's main menu: fixed site pages plus the Janus Serum Bank section. */
export const navigation: SeedGlobal<'navigation'> = {
  slug: 'navigation',
  seedKey: 'global-navigation',
  data: {
    items: [
      { label: t('Forside', 'Home'), page: 'home' },
      { label: t('Forskning', 'Research'), page: 'research' },
      { label: t('Prosjekter', 'Projects'), page: 'projects' },
      { label: t('Screeningprogrammer', 'Screening programmes'), page: 'screening' },
      { label: t('Janus serumbank', 'Janus Serum Bank'), document: polyRef('sections', 'section-janus') },
      { label: t('Søk', 'Search'), page: 'search' },
    ],
  },
}
