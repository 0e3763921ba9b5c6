import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { SEED_CONTEXT } from './seedContext'
import type { SeedGlobalSlug } from './types'
import { withRowIds } from './withRowIds'

type Data = Record<string, unknown>

/** Whether a global already holds content an editor wrote (a title, or menu items). */
export async function globalHasContent(payload: Payload, slug: SeedGlobalSlug): Promise<boolean> {
  const current = (await payload.findGlobal({ slug, depth: 0, draft: true, overrideAccess: true })) as Data
  const hasTitle = typeof current.title === 'string' && current.title.trim() !== ''
  const hasItems = Array.isArray(current.items) && current.items.length > 0
  return hasTitle || hasItems
}

/** Writes a global in bokmål and then English (published when the global has drafts), in one transaction. */
export async function writeSeedGlobal(payload: Payload, slug: SeedGlobalSlug, data: { nb: Data; en: Data }): Promise<void> {
  const config = payload.config.globals.find((global) => global.slug === slug)
  const versions = config?.versions
  const hasDrafts = typeof versions === 'object' && versions !== null && Boolean(versions.drafts)
  const status: Data = hasDrafts ? { _status: 'published' } : {}
  const req = await createLocalReq({ context: { ...SEED_CONTEXT } }, payload)
  const ownsTransaction = await initTransaction(req)
  try {
    const written = await payload.updateGlobal({
      slug,
      data: { ...data.nb, ...status },
      locale: 'nb',
      depth: 0,
      overrideAccess: true,
      req,
      context: SEED_CONTEXT,
    })
    await payload.updateGlobal({
      slug,
      data: { ...withRowIds(data.en, written as Data), ...status },
      locale: 'en',
      depth: 0,
      overrideAccess: true,
      req,
      context: SEED_CONTEXT,
    })
    if (ownsTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
}
