import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ContactList } from '@/components/ContactList'
import { FigureProvenance } from '@/components/FigureProvenance'
import { DocumentIntro } from '@/components/DocumentIntro'
import { FactList } from '@/components/FactList'
import { JsonLd } from '@/components/JsonLd'
import { PageTop } from '@/components/PageTop'
import { ProjectList } from '@/components/ProjectList'
import { RichText } from '@/components/rich-text/RichText'
import { langOf } from '@/lib/data/translation'
import { SeriesChart } from '@/components/SeriesChart'
import { SourceList } from '@/components/SourceList'
import { getSectionPage } from '@/lib/data/section'
import { formatDate, formatNumber, isoDate } from '@/lib/format'
import { messages } from '@/lib/i18n'
import { datasetJsonLd } from '@/lib/jsonLd'
import { populated } from '@/lib/links'
import { isLocale } from '@/lib/locales'
import { pageMetadata } from '@/lib/metadata'
import type { RouteProps } from '@/lib/pageProps'
import { paths } from '@/lib/routes'

type Params = { locale: string; department: string; section: string }

export const generateStaticParams = () => []

export async function generateMetadata({ params }: RouteProps<Params>): Promise<Metadata> {
  const { locale, department, section: slug } = await params
  if (!isLocale(locale)) notFound()
  const { section, alternates, translation } = await getSectionPage(locale, department, slug)
  return pageMetadata({ locale, title: section.title, description: section.lead, alternates, type: 'article', translated: translation.translated })
}

/** A section (research group or biobank): its work, its facts and dated series, projects and contacts. */
export default async function SectionPage({ params }: RouteProps<Params>) {
  const { locale, department: departmentSlug, section: slug } = await params
  if (!isLocale(locale)) notFound()
  const m = messages(locale)
  const { section, department, facts, series, projects, contacts, alternates, translation } = await getSectionPage(locale, departmentSlug, slug)
  // A section with biobank facts is a biobank (the Janus Serum Bank): described as a Dataset.
  const isBiobank = facts.length > 0 || series.size > 0
  const staffing = section.staffing
  return (
    <article>
      {isBiobank ? (
        <JsonLd
          data={datasetJsonLd(locale, {
            name: section.title,
            description: section.lead,
            path: alternates[locale],
            lastUpdated: section.lastUpdated,
            variables: [...facts.map((fact) => fact.title), ...[...series.values()].flatMap((points) => points[0]?.title ?? [])],
          })}
        />
      ) : null}
      <PageTop
        locale={locale}
        alternates={alternates}
        trail={[
          { label: m.home, href: paths.home(locale) },
          { label: m.research, href: paths.research(locale) },
          { label: department.title, href: paths.department(locale, department.slug) },
        ]}
        current={section.title}
      />
      <DocumentIntro locale={locale} title={section.title} lead={section.lead} lastUpdated={section.lastUpdated} pageHref={alternates[locale]} translation={translation} />
      <RichText locale={locale} data={section.body} lang={langOf(translation, 'body')} />
      {section.researchAreas && section.researchAreas.length > 0 ? (
        <section aria-labelledby="areas-heading">
          <h2 id="areas-heading">{m.researchAreas}</h2>
          <ul>
            {section.researchAreas.map((area, index) => (
              <li key={area.id ?? index}>{area.area}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {staffing && (staffing.seniorResearchers || staffing.earlyCareerResearchers) ? (
        <section aria-labelledby="staffing-heading">
          <h2 id="staffing-heading">{m.staffing}</h2>
          <p>
            {[
              staffing.seniorResearchers ? `${formatNumber(staffing.seniorResearchers, locale)} ${m.seniorResearchers}` : null,
              staffing.earlyCareerResearchers ? `${formatNumber(staffing.earlyCareerResearchers, locale)} ${m.earlyCareerResearchers}` : null,
            ]
              .filter(Boolean)
              .join(', ')}
            {staffing.asOfDate ? (
              <>
                {' '}
                ({m.asOf} <time dateTime={isoDate(staffing.asOfDate)}>{formatDate(staffing.asOfDate, locale)}</time>)
              </>
            ) : null}
          </p>
        </section>
      ) : null}
      <FactList locale={locale} facts={facts} />
      {[...series.entries()].map(([key, points]) => {
        const newest = points[points.length - 1]
        return (
          <section key={key} aria-labelledby={`series-${key}-heading`}>
            <h2 id={`series-${key}-heading`}>{newest?.title.replace(/[\s,–-]*\(?\d{4}\)?$/, '') ?? key}</h2>
            <SeriesChart
              locale={locale}
              id={`series-${key}`}
              title={newest?.title.replace(/[\s,–-]*\(?\d{4}\)?$/, '') ?? key}
              unit={newest?.unit}
              points={points.map((point) => ({ label: formatDate(point.asOfDate ?? '', locale), dateTime: isoDate(point.asOfDate ?? ''), value: point.valueNumber ?? 0 }))}
            />
            {newest ? (
              <p className="fact-meta">
                <FigureProvenance locale={locale} figure={newest} dated={false} />
              </p>
            ) : null}
          </section>
        )
      })}
      {section.formerNames && section.formerNames.length > 0 ? (
        <p>
          {m.formerNames}: {section.formerNames.map((former) => former.name).join(', ')}
        </p>
      ) : null}
      <ProjectList locale={locale} projects={projects} heading={m.relatedProjects} moreHref={paths.projects(locale, { section: section.slug })} />
      <ContactList locale={locale} people={contacts} headId={populated(section.head)?.id} />
      <SourceList locale={locale} sources={section.sources} />
    </article>
  )
}
