/**
 * `.dockerignore` matching as the Docker builder applies it: each pattern is anchored at the
 * context root, `*` and `?` stay within one path segment, `**` spans any number of segments,
 * a pattern that matches a directory excludes everything below it, and `!pattern` re-includes.
 */

interface Rule {
  exclude: boolean
  pattern: RegExp
}

function toRegExp(pattern: string): RegExp {
  let source = ''
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index] ?? ''
    if (char === '*' && pattern[index + 1] === '*') {
      // `**/` may also match nothing, so `**/x` matches `x` at the root.
      if (pattern[index + 2] === '/') {
        source += '(?:.*/)?'
        index += 2
      } else {
        source += '.*'
        index += 1
      }
    } else if (char === '*') {
      source += '[^/]*'
    } else if (char === '?') {
      source += '[^/]'
    } else {
      source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    }
  }
  return new RegExp(`^${source}$`)
}

export function parseDockerignore(text: string): Rule[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const exclude = !line.startsWith('!')
      const pattern = (exclude ? line : line.slice(1)).replace(/^\/+/, '').replace(/\/+$/, '')
      return { exclude, pattern: toRegExp(pattern) }
    })
}

/** Whether `relativePath` (from the context root, `/`-separated) is left out of the build context. */
export function isIgnored(rules: Rule[], relativePath: string): boolean {
  const segments = relativePath.split('/')
  // The path itself or any of its parent directories.
  const candidates = segments.map((_, index) => segments.slice(0, index + 1).join('/'))
  let ignored = false
  for (const rule of rules) {
    if (candidates.some((candidate) => rule.pattern.test(candidate))) ignored = rule.exclude
  }
  return ignored
}
