import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageTop } from '@/components/PageTop'
import { Teaser } from '@/components/Teaser'
import { fixedAlternates } from '@/lib/alternates'
import { getScreeningProgrammes } from '@/lib/data/screening'
import { messages } from '@/lib/i18n'
import { isLocale } from '@/lib/locales'
import { pageMetadata } from '@/lib/metadata'
import type { LocaleParams, RouteProps } from '@/lib/pageProps'
import { paths } from '@/lib/routes'

const alternates = fixedAlternates(paths.screeningProgrammes)

export async function generateMetadata({ params }: RouteProps<LocaleParams>): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return pageMetadata({ locale, title: messages(locale).screeningProgrammes, alternates })
}

/** The national screening programmes. */
export default async function ScreeningProgrammesPage({ params }: RouteProps<LocaleParams>) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const m = messages(locale)
  const programmes = await getScreeningProgrammes(locale)
  return (
    <>
      <PageTop locale={locale} alternates={alternates} trail={[{ label: m.home, href: paths.home(locale) }]} current={m.screeningProgrammes} />
      <h1>{m.screeningProgrammes}</h1>
      <ul className="card-grid">
        {programmes.map((programme) => (
          <li key={programme.id}>
            <Teaser
              level={2}
              href={paths.screeningProgramme(locale, programme.slug)}
              title={programme.title}
              lead={programme.lead}
              meta={`${m.sex[programme.targetGroup.sex]} ${m.ages(programme.targetGroup.ageFrom, programme.targetGroup.ageTo)}`}
            />
          </li>
        ))}
      </ul>
    </>
  )
}
