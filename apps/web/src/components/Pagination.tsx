import { messages } from '@/lib/i18n'
import type { Locale } from '@/lib/locales'

/** Previous / numbered / next page links; the current page is marked with aria-current. */
export function Pagination({ locale, page, totalPages, href }: { locale: Locale; page: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null
  const m = messages(locale)
  const pages = Array.from({ length: totalPages }, (_, index) => index + 1)
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
        {pages.map((number) => (
          <li key={number}>
            {number === page ? (
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
