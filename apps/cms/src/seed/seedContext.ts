/**
 * Request context for every seed write: hooks skip side effects such as revalidating
 * the site (nothing is cached yet, and a seed of ~100 documents would queue ~100 jobs),
 * and "last updated" keeps the day the seed texts were written (not the day they were
 * loaded into this database).
 */
export const SEED_CONTEXT = { disableRevalidate: true, keepLastUpdated: true } as const
