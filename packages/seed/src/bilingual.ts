import type { Config } from '@crn/content-types'

/** The CMS locales the seed writes: bokmål (the default) first, then English. */
export type SeedLocale = Config['locale']
export const SEED_LOCALES: readonly SeedLocale[] = ['nb', 'en']

/**
 * A value written in both languages. Seed documents mark every localized field with
 * one of these; the engine writes the `nb` value first and then the `en` value.
 */
export class Bilingual<T> {
  readonly kind = 'bilingual' as const
  constructor(
    readonly nb: T,
    readonly en: T,
  ) {}
}

/** Shorthand for a bilingual value: `t('Forskningsavdelingen', 'Research Department')`. */
export function t<T>(nb: T, en: T): Bilingual<T> {
  return new Bilingual(nb, en)
}
