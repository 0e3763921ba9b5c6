import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Document locking (Payload's built-in `lockDocuments`) protects the admin: while one
 * editor has a document open, others see it locked and must take it over explicitly.
 * Payload's API writes ignore the lock unless asked; here every signed-in write respects
 * it by default for REST and GraphQL requests, so a save from a second session (another tab,
 * a script) cannot silently overwrite the holder's work. An explicit `overrideLock=true` (a
 * takeover) still works. Server code (Local API: scheduled publishing, seeding) is not held up
 * by someone having the document open.
 */
export const respectDocumentLocks: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!req.user || req.payloadAPI === 'local' || (operation !== 'update' && operation !== 'delete')) return
  const { overrideLock } = args as { overrideLock?: boolean }
  if (overrideLock !== undefined) return
  return { ...args, overrideLock: false }
}
