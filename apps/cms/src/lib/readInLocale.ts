import type { PayloadRequest } from 'payload'

/**
 * Runs a Local API call that passes `req` (to stay inside the request's transaction) but asks
 * for another locale. Payload sets that locale on the shared `req` (createLocalReq), so the write
 * in progress would continue in it: the request's own locale and fallback are put back afterwards.
 */
export async function readInLocale<T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await read()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
