'use client'

import { useField, useTranslation } from '@payloadcms/ui'
import React from 'react'

type Warning = { path: string; message: string }

const TEXT = {
  nb: { heading: 'Før publisering', none: 'Ingen problemer funnet.', intro: 'Rett dette før du publiserer (utkast kan lagres):' },
  en: { heading: 'Before publishing', none: 'No problems found.', intro: 'Fix these before publishing (drafts can be saved):' },
} as const

/**
 * Sidebar list of what would stop the document from being published (rich-text headings
 * and link texts), as of the last save: autosave keeps it current while the editor types.
 */
export function PublishWarnings({ path }: { path: string }) {
  const { value } = useField<Warning[] | null>({ path })
  const { i18n } = useTranslation()
  const text = i18n.language === 'en' ? TEXT.en : TEXT.nb
  const warnings = Array.isArray(value) ? value : []
  return (
    <div className="publish-warnings" role="status" aria-live="polite" style={{ marginBottom: 'var(--base)' }}>
      <p style={{ fontWeight: 600, margin: 0 }}>{text.heading}</p>
      {warnings.length === 0 ? (
        <p style={{ margin: 0 }}>{text.none}</p>
      ) : (
        <>
          <p style={{ margin: 0 }}>{text.intro}</p>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>{warning.message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
