import { schemaSummary } from './schemaSummary'

type ObjectSchema = { description?: string; properties?: Record<string, { description?: string } & Record<string, unknown>>; required?: string[] }

/** The component schemas: one table of properties per schema. */
export function SchemaList({ schemas }: { schemas: Record<string, ObjectSchema> }) {
  return (
    <>
      {Object.entries(schemas).map(([name, schema]) => (
        <details key={name} id={`schema-${name}`}>
          <summary>
            <code>{name}</code> {schema.description && <span className="muted">— {schema.description}</span>}
          </summary>
          {schema.properties ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">Property</th>
                  <th scope="col">Type</th>
                  <th scope="col">Description</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(schema.properties).map(([property, value]) => (
                  <tr key={property}>
                    <td>
                      <code>{property}</code>
                      {schema.required?.includes(property) ? ' (always)' : ''}
                    </td>
                    <td>{schemaSummary(value)}</td>
                    <td>{value.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{schemaSummary(schema)}</p>
          )}
        </details>
      ))}
    </>
  )
}
