import type { Payload } from 'payload'

/** The path segments below the API root: `/api/projects/12` → `['projects', '12']`. */
export function apiSegments(payload: Payload, url: URL): string[] {
  const root = payload.config.routes.api.replace(/\/+$/, '')
  const path = url.pathname.startsWith(root) ? url.pathname.slice(root.length) : url.pathname
  return path.split('/').filter((segment) => segment !== '').map((segment) => safeDecode(segment))
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment // malformed escapes stay as they are; Payload's router answers 404 for them
  }
}
