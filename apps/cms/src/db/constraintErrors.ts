/**
 * Recognises database errors caused by what a client sent rather than by the server.
 * SQLite enforces relationships with foreign keys; field validation checks that related
 * documents exist, but draft saves skip validation, so a draft that points at a missing
 * document still reaches the database and fails there.
 */
export function isMissingReferenceError(error: unknown): boolean {
  for (const cause of causeChain(error)) {
    const code = (cause as { code?: unknown }).code
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return true
    if (cause instanceof Error && cause.message.includes('FOREIGN KEY constraint failed')) return true
  }
  return false
}

/** The error and its `cause`s (drizzle wraps the driver's error), at most a few levels deep. */
function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = []
  let current: unknown = error
  while (current && typeof current === 'object' && chain.length < 5) {
    chain.push(current)
    current = (current as { cause?: unknown }).cause
  }
  return chain
}
