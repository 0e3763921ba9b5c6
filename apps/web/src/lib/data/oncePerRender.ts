import { cache } from 'react'

/**
 * Runs a page's data loader once per server render, however often it is called: `generateMetadata`
 * and the page itself both ask for the same document. Next deduplicates identical reads within a
 * render, but not a fetch that carries an AbortSignal, and the content client always passes one (its
 * timeout). Read twice, a document published a moment ago could come back in two versions within one
 * render: the browser suite once saw a new project's page with its body and the "page not found"
 * title (a stale data-cache answer for the metadata, the fresh one for the page), and ISR kept it.
 * Arguments are compared as React's `cache` compares them: strings by value, objects by identity.
 */
export const oncePerRender = cache
