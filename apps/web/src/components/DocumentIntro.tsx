import { LastUpdated } from '@/components/LastUpdated'
import type { Locale } from '@/lib/locales'

type DocumentIntroProps = {
  locale: Locale
  title: string
  lead?: string | null
  lastUpdated: string
}

/** The opening every content page shares: the page's one h1, its lead (ingress) and "Last updated". */
export function DocumentIntro({ locale, title, lead, lastUpdated }: DocumentIntroProps) {
  return (
    <>
      <h1>{title}</h1>
      {lead ? <p className="lead">{lead}</p> : null}
      <LastUpdated locale={locale} date={lastUpdated} />
    </>
  )
}
