import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

import { env } from '../../env'
import { addressRefusal, allowedNetworkList } from './addressPolicy'

export type Destination = { url: URL; address: string; family: 4 | 6 }
export type DestinationCheck = { ok: true; destination: Destination } | { ok: false; reason: string }

/** Why a subscription URL is unacceptable on its face (scheme, credentials, literal address), or null. */
export function urlRefusal(value: string): string | null {
  if (!URL.canParse(value)) return `"${value}" is not an absolute URL.`
  const url = new URL(value)
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Webhook URLs use https (or http).'
  if (url.username !== '' || url.password !== '') return 'Put no credentials in the URL: the signature authenticates each request.'
  const host = url.hostname.replace(/^\[|\]$/g, '')
  return isIP(host) === 0 ? null : addressRefusal(host, allowedNetworkList(env.WEBHOOK_ALLOWED_NETWORKS))
}

/**
 * Resolves the destination host and checks every address it resolves to before anything
 * is sent: a name that points at a private or internal address is refused, and the
 * request is later pinned to the checked address so DNS cannot change it in between.
 */
export async function checkDestination(value: string, allowedCidrs: readonly string[] = env.WEBHOOK_ALLOWED_NETWORKS): Promise<DestinationCheck> {
  const refusal = urlRefusal(value)
  if (refusal !== null) return { ok: false, reason: refusal }
  const url = new URL(value)
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: { address: string; family: number }[]
  try {
    addresses = isIP(host) !== 0 ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true, verbatim: true })
  } catch (error) {
    return { ok: false, reason: `Could not resolve ${host}: ${error instanceof Error ? error.message : String(error)}` }
  }
  const allowed = allowedNetworkList(allowedCidrs)
  for (const { address } of addresses) {
    const addressProblem = addressRefusal(address, allowed)
    if (addressProblem !== null) return { ok: false, reason: `${host} resolves to ${addressProblem}` }
  }
  const [first] = addresses
  if (!first) return { ok: false, reason: `${host} has no addresses.` }
  return { ok: true, destination: { url, address: first.address, family: first.family === 6 ? 6 : 4 } }
}
