// @ts-check
import { createRequire } from 'node:module'

/**
 * Next decides whether a cached page or CMS answer is stale from its in-process tag manifest
 * (`revalidateTag` marks a tag stale there; the incremental cache compares the mark with the
 * entry's age right after our `get`). With several instances the marks live in Redis; before an
 * entry is handed to Next, the marks of its tags are copied into this process's manifest, so a
 * revalidation received by any instance makes the entry stale here too (and Next re-renders it in
 * the background, serving the old copy meanwhile, exactly as with one instance).
 *
 * This is Next's own module (the one its file-system cache writes): pinned by the multi-instance
 * tests, which fail if a Next upgrade moves it.
 */
const require = createRequire(import.meta.url)
/** @type {{ tagsManifest: Map<string, import('./sharedStore.mjs').TagState> }} */
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')

/** @param {string[]} tags */
export function localTagStates(tags) {
  /** @type {Map<string, import('./sharedStore.mjs').TagState>} */
  const states = new Map()
  for (const tag of tags) {
    const state = tagsManifest.get(tag)
    if (state) states.set(tag, { ...state })
  }
  return states
}

/**
 * Takes the newer mark of each kind from `shared` (never moves a mark back).
 * @param {Map<string, import('./sharedStore.mjs').TagState>} shared
 */
export function adoptTagStates(shared) {
  for (const [tag, state] of shared) {
    const local = tagsManifest.get(tag) ?? {}
    const merged = { ...local }
    if (typeof state.stale === 'number' && !(typeof local.stale === 'number' && local.stale >= state.stale)) merged.stale = state.stale
    if (typeof state.expired === 'number' && !(typeof local.expired === 'number' && local.expired >= state.expired)) merged.expired = state.expired
    tagsManifest.set(tag, merged)
  }
}
