/**
 * Request context for every seed write: hooks skip side effects such as revalidating
 * the site (nothing is cached yet, and a seed of ~100 documents would queue ~100 jobs).
 */
export const SEED_CONTEXT = { disableRevalidate: true } as const
