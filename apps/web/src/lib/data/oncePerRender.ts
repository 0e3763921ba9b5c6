import { cache } from 'react'

/**
 * Runs a page's data loader once per server render, however often it is called: `generateMetadata`
 * and the page itself both ask for the same document. Next deduplicates identical reads within a
 * render, but not a fetch that carries an AbortSignal, and the content client always passes one (its
 * timeout), so each page read the CMS twice. Arguments are compared as React's `cache` compares
 * them: strings by value, objects by identity.
 */
export const oncePerRender = cache
