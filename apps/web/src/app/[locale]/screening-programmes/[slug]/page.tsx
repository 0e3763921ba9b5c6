import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ContactList } from '@/components/ContactList'
import { DocumentIntro } from '@/components/DocumentIntro'
import { PageTop } from '@/components/PageTop'
import { ProjectList } from '@/components/ProjectList'
import { RichText } from '@/components/rich-text/RichText'
import { langOf } from '@/lib/data/translation'
import { SourceList } from '@/components/SourceList'
import { getScreeningProgrammePage } from '@/lib/data/screening'
import { messages } from '@/lib/i18n'
import { populated } from '@/lib/links'
import { isLocale } from '@/lib/locales'
import { pageMetadata } from '@/lib/metadata'
import type { RouteProps } from '@/lib/pageProps'
import { paths } from '@/lib/routes'

type Params = { locale: string; slug: string }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: RouteProps<Params>): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const { programme, alternates, translation } = await getScreeningProgrammePage(locale, slug)
  return pageMetadata({ locale, title: programme.title, description: programme.lead, alternates, type: 'article', translated: translation.translated })
}

/** One screening programme: target group, interval, test, history, research projects and contacts. */
export default async function ScreeningProgrammePage({ params }: RouteProps<Params>) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const m = messages(locale)
  const { programme, projects, contacts, alternates, translation } = await getScreeningProgrammePage(locale, slug)
  const { targetGroup } = programme
  return (
    <article>
      <PageTop
        locale={locale}
        alternates={alternates}
        trail={[
          { label: m.home, href: paths.home(locale) },
          { label: m.screeningProgrammes, href: paths.screeningProgrammes(locale) },
        ]}
        current={programme.title}
      />
      <DocumentIntro locale={locale} title={programme.title} lead={programme.lead} lastUpdated={programme.lastUpdated} pageHref={alternates[locale]} translation={translation} />
      <dl className="details-list">
        <dt>{m.targetGroup}</dt>
        <dd>
          {m.sex[targetGroup.sex]} {m.ages(targetGroup.ageFrom, targetGroup.ageTo)}
          {targetGroup.description ? ` (${targetGroup.description})` : ''}
        </dd>
        <dt>{m.test}</dt>
        <dd>{programme.test}</dd>
        {programme.intervalYears ? (
          <>
            <dt>{m.interval}</dt>
            <dd>
              {m.everyNYears(programme.intervalYears)}
              {programme.intervalNote ? `. ${programme.intervalNote}` : ''}
            </dd>
          </>
        ) : null}
        {programme.startYear ? (
          <>
            <dt>{m.started}</dt>
            <dd>{programme.startYear}</dd>
          </>
        ) : null}
        {programme.nationwideYear ? (
          <>
            <dt>{m.nationwide}</dt>
            <dd>{programme.nationwideYear}</dd>
          </>
        ) : null}
        {programme.formerNames && programme.formerNames.length > 0 ? (
          <>
            <dt>{m.formerNames}</dt>
            <dd>{programme.formerNames.map((former) => former.name).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <RichText locale={locale} data={programme.body} lang={langOf(translation, 'body')} />
      <ProjectList locale={locale} projects={projects} heading={m.relatedProjects} />
      <ContactList locale={locale} people={contacts} headId={populated(programme.head)?.id} />
      <SourceList locale={locale} sources={programme.sources} />
    </article>
  )
}
