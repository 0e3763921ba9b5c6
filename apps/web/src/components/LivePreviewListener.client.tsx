'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useCallback } from 'react'

/**
 * Live Preview on the site: while the page is shown in the CMS's Live Preview iframe,
 * every save and autosave in the admin posts a message; this re-renders the page on the
 * server (in draft mode, so with the new draft). Messages are accepted only from
 * `serverURL`, the CMS origin of the draft session. Render it only in draft mode.
 */
export function LivePreviewListener({ serverURL }: { serverURL: string }) {
  const router = useRouter()
  const refresh = useCallback(() => router.refresh(), [router])
  return <RefreshRouteOnSave refresh={refresh} serverURL={serverURL} />
}
