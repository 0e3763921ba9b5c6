import type { ReactNode } from 'react'

import './docs.css'

export const metadata = { title: 'Content API – Kreftregisteret CMS' }

/** Root layout of the CMS's public documentation pages (English, no admin chrome, no external assets). */
export default function DocsLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
