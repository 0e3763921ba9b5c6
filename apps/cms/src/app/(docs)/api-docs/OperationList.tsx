import { schemaSummary } from './schemaSummary'

type Parameter = { name?: string; in?: string; required?: boolean; description?: string; schema?: unknown; $ref?: string }
type Operation = { operationId?: string; summary?: string; tags?: string[]; parameters?: Parameter[]; responses?: Record<string, { description?: string; $ref?: string }> }
export type Paths = Record<string, Record<string, Operation>>
export type Components = { parameters?: Record<string, Parameter>; responses?: Record<string, { description?: string }> }

const resolve = <T extends { $ref?: string }>(item: T, components: Components): T => {
  if (!item.$ref) return item
  const [, group, name] = /#\/components\/(\w+)\/(.+)$/.exec(item.$ref) ?? []
  const table = group === 'parameters' ? components.parameters : group === 'responses' ? components.responses : undefined
  return ((name && table?.[name]) ?? item) as T
}

/** Every operation of the OpenAPI document: method, path, summary, parameters and answers. */
export function OperationList({ paths, components }: { paths: Paths; components: Components }) {
  return (
    <>
      {Object.entries(paths).map(([path, operations]) =>
        Object.entries(operations).map(([method, operation]) => (
          <details key={`${method} ${path}`} id={operation.operationId}>
            <summary>
              <span className="method">{method.toUpperCase()}</span> <code>{path}</code> <span className="muted">— {operation.summary}</span>
            </summary>
            {operation.parameters && operation.parameters.length > 0 && (
              <table>
                <caption className="muted">Parameters</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">In</th>
                    <th scope="col">Type</th>
                    <th scope="col">Description</th>
                  </tr>
                </thead>
                <tbody>
                  {operation.parameters.map((raw) => {
                    const parameter = resolve(raw, components)
                    return (
                      <tr key={`${parameter.in}-${parameter.name}`}>
                        <td>
                          <code>{parameter.name}</code>
                          {parameter.required ? ' (required)' : ''}
                        </td>
                        <td>{parameter.in}</td>
                        <td>{schemaSummary(parameter.schema)}</td>
                        <td>{parameter.description}</td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            )}
            <table>
              <caption className="muted">Answers</caption>
              <tbody>
                {Object.entries(operation.responses ?? {}).map(([status, raw]) => (
                  <tr key={status}>
                    <th scope="row">{status}</th>
                    <td>{resolve(raw, components).description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        )),
      )}
    </>
  )
}
