import config from '@payload-config'
import { getPayload } from 'payload'

import { openApiDocumentFor } from '../../../endpoints/openapi'
import { type Components, OperationList, type Paths } from './OperationList'
import { SchemaList } from './SchemaList'

// Rendered per request from the running configuration (and never at build time, which has no database).
export const dynamic = 'force-dynamic'

type Info = { title: string; version: string; description?: string }

/**
 * `/api-docs`: the OpenAPI document of the content API as a readable page, rendered on
 * the server from the same generated document as `/api/openapi.json` (no external
 * assets: the CMS may run without internet).
 */
export default async function ApiDocsPage() {
  const payload = await getPayload({ config })
  const document = openApiDocumentFor(payload) as unknown as { info: Info; paths: Paths; components: Components & { schemas: Record<string, object> } }
  const { info, paths, components } = document
  return (
    <main>
      <h1>{info.title}</h1>
      <p className="muted">
        Version {info.version} · OpenAPI 3.1 · machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>
      </p>
      {(info.description ?? '').split('\n\n').map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <section aria-labelledby="auth">
        <h2 id="auth">Access</h2>
        <p>
          Anonymous requests read published content. Services send an API key from the CMS administrators:{' '}
          <code>Authorization: api-keys API-Key &lt;key&gt;</code>. Keys are read-only; preview keys may add <code>draft=true</code>.
        </p>
      </section>
      <section aria-labelledby="endpoints">
        <h2 id="endpoints">Endpoints</h2>
        <OperationList paths={paths} components={components} />
      </section>
      <section aria-labelledby="schemas">
        <h2 id="schemas">Schemas</h2>
        <SchemaList schemas={components.schemas} />
      </section>
    </main>
  )
}
