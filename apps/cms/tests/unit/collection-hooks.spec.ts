import { describe, expect, it } from '@jest/globals'
import type { SanitizedConfig } from 'payload'

/**
 * The final hooks of every collection and global after Payload sanitized the config: the
 * names of the hook functions per hook type, in the order they run. A collection declares
 * its behaviour in its own file (contentCollection()); this snapshot makes any hook added
 * from elsewhere visible in review.
 */
type Hooks = Record<string, unknown[] | undefined>

const names = (hooks: Hooks | undefined) =>
  Object.fromEntries(
    Object.entries(hooks ?? {})
      .filter(([, list]) => Array.isArray(list) && list.length > 0)
      .map(([type, list]) => [type, (list as { name?: string }[]).map((hook) => hook.name || '(anonymous)')]),
  )

describe('hooks after config sanitization', () => {
  it('matches the snapshot for every collection and global', async () => {
    process.env.DATABASE_URI = 'file::memory:'
    process.env.SEED_ON_START = 'false'
    const config: SanitizedConfig = await (await import('../../src/payload.config')).default
    const collections = Object.fromEntries(config.collections.map((collection) => [collection.slug, names(collection.hooks as unknown as Hooks)]))
    const globals = Object.fromEntries(config.globals.map((global) => [global.slug, names(global.hooks as unknown as Hooks)]))
    expect({ collections, globals }).toMatchSnapshot()
  })
})
