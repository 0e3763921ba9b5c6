import { messages } from '@/lib/i18n'
import type { Locale } from '@/lib/locales'

/** Pages on each side of the current one that get a numbered link. */
const NEIGHBOURS = 2

/**
 * The page numbers shown: the first, the last and the current one with its neighbours, `null`
 * marking a gap. Bounded whatever the number of pages (at 10,000 projects the index has 1,000
 * pages: one link each made every page of the index grow with the collection).
 */
export function visiblePages(page: number, totalPages: number): (number | null)[] {
  const shown = new Set([1, totalPages])
  for (let number = page - NEIGHBOURS; number <= page + NEIGHBOURS; number += 1) if (number >= 1 && number <= totalPages) shown.add(number)
  const numbers = [...shown].sort((a, b) => a - b)
  return numbers.flatMap((number, index) => (index > 0 && number - (numbers[index - 1] ?? number) > 1 ? [null, number] : [number]))
}

/** Previous / numbered / next page links; the current page is marked with aria-current. */
export function Pagination({ locale, page, totalPages, href }: { locale: Locale; page: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null
  const m = messages(locale)
  const pages = visiblePages(page, totalPages)
  return (
    <nav aria-label={m.pagination} className="pagination">
      <ul>
        {page > 1 ? (
          <li>
            <a href={href(page - 1)} rel="prev">
              {m.previousPage}
            </a>
          </li>
        ) : null}
        {pages.map((number, index) => (
          <li key={number ?? `gap-${index}`}>
            {number === null ? (
              <span aria-hidden="true">…</span>
            ) : number === page ? (
              <span aria-current="page">
                <span className="visually-hidden">{m.pageOf(number, totalPages)}</span>
                <span aria-hidden="true">{number}</span>
              </span>
            ) : (
              <a href={href(number)} aria-label={m.pageOf(number, totalPages)}>
                {number}
              </a>
            )}
          </li>
        ))}
        {page < totalPages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {m.nextPage}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
