import { BlockList, isIP } from 'node:net'

/**
 * Address ranges a webhook must not reach unless configuration allows them: the CMS's own
 * host (loopback), private and carrier-grade NAT networks, link-local (cloud metadata at
 * 169.254.169.254), and reserved, documentation and multicast ranges.
 */
const NON_PUBLIC_RANGES: readonly [string, number, 'ipv4' | 'ipv6'][] = [
  ['0.0.0.0', 8, 'ipv4'],
  ['10.0.0.0', 8, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['127.0.0.0', 8, 'ipv4'],
  ['169.254.0.0', 16, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.0.0.0', 24, 'ipv4'],
  ['192.0.2.0', 24, 'ipv4'],
  ['192.88.99.0', 24, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['198.18.0.0', 15, 'ipv4'],
  ['198.51.100.0', 24, 'ipv4'],
  ['203.0.113.0', 24, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'],
  ['240.0.0.0', 4, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['::1', 128, 'ipv6'],
  ['100::', 64, 'ipv6'],
  ['2001:db8::', 32, 'ipv6'],
  ['fc00::', 7, 'ipv6'],
  ['fe80::', 10, 'ipv6'],
  ['fec0::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
]

const nonPublic = new BlockList()
for (const [network, prefix, family] of NON_PUBLIC_RANGES) nonPublic.addSubnet(network, prefix, family)

/** An IPv4 address carried inside an IPv6 one (`::ffff:10.0.0.1`, NAT64 `64:ff9b::a00:1`), else null. */
function embeddedIPv4(address: string): string | null {
  const lower = address.toLowerCase()
  const dotted = /^(?:::ffff:|64:ff9b::)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower)
  if (dotted?.[1]) return dotted[1]
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower)
  if (hex?.[1] && hex[2]) {
    const high = parseInt(hex[1], 16)
    const low = parseInt(hex[2], 16)
    return [high >> 8, high & 255, low >> 8, low & 255].join('.')
  }
  return null
}

/** Parses `WEBHOOK_ALLOWED_NETWORKS` entries (`10.1.0.0/16`, `::1/128`) into a list to match against. */
export function allowedNetworkList(cidrs: readonly string[]): BlockList {
  const list = new BlockList()
  for (const cidr of cidrs) {
    const [network = '', prefix = ''] = cidr.split('/')
    list.addSubnet(network, Number(prefix), isIP(network) === 6 ? 'ipv6' : 'ipv4')
  }
  return list
}

/**
 * Why `address` may not receive webhooks, or null when it may: a public address, or a
 * non-public one inside an explicitly allowed network.
 */
export function addressRefusal(address: string, allowed: BlockList): string | null {
  const family = isIP(address)
  if (family === 0) return `"${address}" is not an IP address.`
  const v4 = family === 6 ? embeddedIPv4(address) : address
  const [checked, type] = v4 !== null ? ([v4, 'ipv4'] as const) : ([address, 'ipv6'] as const)
  if (!nonPublic.check(checked, type)) return null
  if (allowed.check(checked, type) || allowed.check(address, family === 6 ? 'ipv6' : 'ipv4')) return null
  return `${address} is a private, loopback, link-local or reserved address; webhooks go to public addresses only (WEBHOOK_ALLOWED_NETWORKS can allow a network).`
}
