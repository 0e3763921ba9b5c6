/**
 * Graceful shutdown behind the edge. On SIGTERM Next stops listening and finishes the requests in
 * flight, but the edge's kept-alive connections stay open and keep bringing new requests to the
 * stopping instance. From the signal on, the proxy answers those with 503 (the edge retries
 * idempotent requests on another instance, `proxy_next_upstream … http_503` in deploy/edge/, and
 * counts the failure, max_fails), so nothing new starts while the process winds down. (A
 * `Connection: close` from the proxy would not help: Next does not pass it on.)
 *
 * The flag lives on globalThis: instrumentation and the proxy are separate bundles in one process.
 */
const DRAINING_KEY = Symbol.for('crn.web.draining')

type DrainHolder = typeof globalThis & { [DRAINING_KEY]?: boolean }

/** Called once at startup (instrumentation.ts); Next's own handler still closes the server. */
export function drainOnShutdownSignal(): void {
  const holder = globalThis as DrainHolder
  const startDraining = () => {
    holder[DRAINING_KEY] = true
  }
  process.once('SIGTERM', startDraining)
  process.once('SIGINT', startDraining)
}

export function isDraining(): boolean {
  return (globalThis as DrainHolder)[DRAINING_KEY] === true
}
