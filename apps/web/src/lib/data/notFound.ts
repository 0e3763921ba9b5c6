import { ContentNotFoundError } from '@crn/content-client'
import { notFound } from 'next/navigation'

/** Runs a read; a missing document becomes the locale's 404 page, any other failure propagates. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read
  } catch (error) {
    if (error instanceof ContentNotFoundError) notFound()
    throw error
  }
}
