/** Runs once when a server instance starts (Next's instrumentation hook). */
export async function register(): Promise<void> {
  // Signals exist only in the Node.js runtime; NEXT_RUNTIME is set by Next, not configuration.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { drainOnShutdownSignal } = await import('./lib/drain')
  drainOnShutdownSignal()
}
