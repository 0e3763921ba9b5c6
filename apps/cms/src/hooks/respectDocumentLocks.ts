import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Document locking (Payload's built-in `lockDocuments`) protects the admin: while one
 * editor has a document open, others see it locked and must take it over explicitly.
 * Payload's API writes ignore the lock unless asked; here every signed-in write respects
 * it by default, so a save from a second session (another tab, a script) cannot silently
 * overwrite the holder's work. An explicit `overrideLock=true` (a takeover) still works.
 */
export const respectDocumentLocks: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!req.user || (operation !== 'update' && operation !== 'delete')) return
  const { overrideLock } = args as { overrideLock?: boolean }
  if (overrideLock !== undefined) return
  return { ...args, overrideLock: false }
}
