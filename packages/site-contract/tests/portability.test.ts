import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from '@jest/globals'

const sourceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src')
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?[^'"]*?from\s+'([^']+)'/g

describe('the main entry', () => {
  it('imports only its own modules (browsers and the site proxy load it; preview tokens are a separate, server-only entry)', () => {
    const seen = new Set<string>()
    const outside: string[] = []
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        if (specifier.startsWith('.')) visit(`${path.resolve(path.dirname(file), specifier)}.ts`)
        else outside.push(`${path.basename(file)} → ${specifier}`)
      }
    }
    visit(path.join(sourceRoot, 'index.ts'))
    expect(seen.size).toBeGreaterThan(4)
    expect([...seen].map((file) => path.basename(file))).not.toContain('previewToken.ts')
    expect(outside).toEqual([])
  })
})
