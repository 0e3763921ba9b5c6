import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ContactList } from '@/components/ContactList'
import { DocumentIntro } from '@/components/DocumentIntro'
import { JsonLd } from '@/components/JsonLd'
import { PageTop } from '@/components/PageTop'
import { RichText } from '@/components/rich-text/RichText'
import { langOf } from '@/lib/data/translation'
import { SourceList } from '@/components/SourceList'
import { getProjectPage } from '@/lib/data/project'
import { formatMoney, formatYearRange } from '@/lib/format'
import { messages, projectStatusText } from '@/lib/i18n'
import { researchProjectJsonLd } from '@/lib/jsonLd'
import { screeningProgrammeHref, sectionHref } from '@/lib/links'
import { isLocale } from '@/lib/locales'
import { pageMetadata } from '@/lib/metadata'
import type { RouteProps } from '@/lib/pageProps'
import { paths } from '@/lib/routes'

type Params = { locale: string; slug: string }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: RouteProps<Params>): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const { project, alternates, translation } = await getProjectPage(locale, slug)
  return pageMetadata({ locale, title: project.title, description: project.lead, alternates, type: 'article', translated: translation.translated })
}

const REGISTRATION_LABEL = { nct: 'ClinicalTrials.gov', rek: 'REK', other: '' } as const

function registrationHref(type: 'nct' | 'rek' | 'other', identifier: string): string | undefined {
  return type === 'nct' ? `https://clinicaltrials.gov/study/${encodeURIComponent(identifier)}` : undefined
}

/** A research project: summary, facts (status, period, sections, funding…), people and links. */
export default async function ProjectPage({ params }: RouteProps<Params>) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const m = messages(locale)
  const { project, sections, screeningProgramme, manager, participants, alternates, translation } = await getProjectPage(locale, slug)
  const period = formatYearRange(project.startYear, project.endYear)
  return (
    <article>
      <JsonLd data={researchProjectJsonLd(locale, project, alternates[locale])} />
      <PageTop
        locale={locale}
        alternates={alternates}
        trail={[
          { label: m.home, href: paths.home(locale) },
          { label: m.research, href: paths.research(locale) },
          { label: m.projects, href: paths.projects(locale) },
        ]}
        current={project.title}
      />
      <DocumentIntro locale={locale} title={project.title} lead={project.lead} lastUpdated={project.lastUpdated} pageHref={alternates[locale]} translation={translation} />
      <dl className="details-list">
        <dt>{m.status}</dt>
        <dd>
          <span className="status">{projectStatusText(project, locale)}</span>
          {project.statusBasis?.note ? <span className="status-note"> {project.statusBasis.note}</span> : null}
        </dd>
        {period ? (
          <>
            <dt>{m.period}</dt>
            <dd>{period}</dd>
          </>
        ) : null}
        {sections.length > 0 ? (
          <>
            <dt>{m.sections}</dt>
            <dd>
              {sections.map((section, index) => {
                const href = sectionHref(locale, section)
                return (
                  <span key={section.id}>
                    {index > 0 ? ', ' : null}
                    {href ? <a href={href}>{section.title}</a> : section.title}
                  </span>
                )
              })}
            </dd>
          </>
        ) : null}
        {screeningProgramme ? (
          <>
            <dt>{m.screeningProgramme}</dt>
            <dd>
              <a href={screeningProgrammeHref(locale, screeningProgramme)}>{screeningProgramme.title}</a>
            </dd>
          </>
        ) : null}
        {project.funding && project.funding.length > 0 ? (
          <>
            <dt>{m.funding}</dt>
            <dd>
              <ul className="plain-list">
                {project.funding.map((funding, index) => (
                  <li key={funding.id ?? index}>
                    {funding.funder}
                    {typeof funding.amount === 'number' ? `: ${formatMoney(funding.amount, funding.currency ?? 'NOK', locale)}` : ''}
                    {funding.year ? ` (${funding.year})` : ''}
                    {funding.note ? ` – ${funding.note}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {project.partners && project.partners.length > 0 ? (
          <>
            <dt>{m.partners}</dt>
            <dd>
              <ul className="plain-list">
                {project.partners.map((partner, index) => (
                  <li key={partner.id ?? index}>
                    {partner.name}
                    {partner.country ? ` (${partner.country})` : ''}
                    {partner.role ? ` – ${partner.role}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {project.registrations && project.registrations.length > 0 ? (
          <>
            <dt>{m.registrations}</dt>
            <dd>
              <ul className="plain-list">
                {project.registrations.map((registration, index) => {
                  const href = registrationHref(registration.type, registration.identifier)
                  const label = `${REGISTRATION_LABEL[registration.type]} ${registration.identifier}`.trim()
                  return <li key={registration.id ?? index}>{href ? <a href={href}>{label}</a> : label}</li>
                })}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <RichText locale={locale} data={project.body} lang={langOf(translation, 'body')} />
      {project.links && project.links.length > 0 ? (
        <section aria-labelledby="links-heading">
          <h2 id="links-heading">{m.links}</h2>
          <ul>
            {project.links.map((link, index) => (
              <li key={link.id ?? index}>
                <a href={link.url}>{link.label}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ContactList locale={locale} people={manager ? [manager] : []} heading={m.projectManager} />
      {participants.length > 0 ? (
        <section aria-labelledby="participants-heading">
          <h2 id="participants-heading">{m.participants}</h2>
          <ul>
            {participants.map((person) => (
              <li key={person.id}>
                {person.name}, {person.title}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <SourceList locale={locale} sources={project.sources} />
    </article>
  )
}
