import { ContentNotFoundError } from '@crn/content-client'
import { notFound } from 'next/navigation'

import type { Locale } from '../locales'
import { redirectOrNotFound } from './redirects'

/**
 * Runs a read; a missing document becomes the locale's 404 page, or a 308 to the page's new
 * address when `address` (the requested one) is an old address of a renamed page. Any other
 * failure propagates.
 */
export async function orNotFound<T>(read: Promise<T>, address?: { locale: Locale; path: string }): Promise<T> {
  try {
    return await read
  } catch (error) {
    if (error instanceof ContentNotFoundError) return address ? redirectOrNotFound(address.locale, address.path) : notFound()
    throw error
  }
}
