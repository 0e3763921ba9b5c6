import { readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from '@jest/globals'

const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src')
const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/g

/** Every module reachable from the entry point, with the specifiers of its runtime imports. */
function runtimeGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  const visit = (file: string) => {
    if (graph.has(file)) return
    const source = readFileSync(file, 'utf8')
    const imports = [...source.matchAll(IMPORT)].filter((match) => match[2] === undefined).map((match) => match[3] ?? '')
    graph.set(file, imports)
    for (const specifier of imports) if (specifier.startsWith('.')) visit(`${path.resolve(path.dirname(file), specifier)}.ts`)
  }
  visit(entry)
  return graph
}

describe('portability (Node and browsers)', () => {
  it('the main entry reaches no Node built-in and no package at run time but the shared map of the site (types only from @crn/content-types)', () => {
    const graph = runtimeGraph(path.join(sourceRoot, 'index.ts'))
    expect(graph.size).toBeGreaterThan(10)
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)])
    const offending = [...graph].flatMap(([file, imports]) =>
      // @crn/site-contract's main entry is itself portable (its own test checks that); its Node-only preview-token entry is not allowed here.
      imports.filter((specifier) => (!specifier.startsWith('.') && specifier !== '@crn/site-contract') || builtins.has(specifier)).map((specifier) => `${path.relative(sourceRoot, file)} → ${specifier}`),
    )
    expect(offending).toEqual([])
  })

  it('uses no Node-only globals', () => {
    const graph = runtimeGraph(path.join(sourceRoot, 'index.ts'))
    const offending = [...graph.keys()].filter((file) => /\b(process\.|Buffer\.|require\(|__dirname)/.test(readFileSync(file, 'utf8')))
    expect(offending).toEqual([])
  })
})
