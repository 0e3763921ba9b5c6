import type { ServerProps } from 'payload'

import React from 'react'

import { factsText } from './text'

/** Link to "Facts to review" under the collections in the admin navigation. */
export function FactsToReviewNavLink({ i18n, payload }: ServerProps) {
  const text = factsText(i18n.language)
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/facts-to-review`} id="nav-facts-to-review">
      <span className="nav__link-label">{text.nav}</span>
    </a>
  )
}
