/**
 * A small Dockerfile reader for tests: instructions grouped into build stages, with the
 * argument forms the project's Dockerfiles use (COPY flags, ENV key=value, exec-form CMD).
 * No Docker engine runs on these machines, so the images' structure is checked by reading them.
 */

export interface Instruction {
  /** Upper-case keyword, e.g. `COPY`. */
  keyword: string
  /** Everything after the keyword, continuation lines joined. */
  args: string
  /** 1-based line where the instruction starts. */
  line: number
}

export interface Stage {
  index: number
  /** Base: an image reference or the name of an earlier stage. */
  from: string
  name: string | undefined
  instructions: Instruction[]
}

export function parseInstructions(text: string): Instruction[] {
  const instructions: Instruction[] = []
  const lines = text.split('\n')
  let pending: { keyword: string; parts: string[]; line: number } | undefined
  lines.forEach((rawLine, lineIndex) => {
    const trimmed = rawLine.trim()
    if (trimmed === '' || trimmed.startsWith('#')) return
    const continues = trimmed.endsWith('\\')
    const content = continues ? trimmed.slice(0, -1).trim() : trimmed
    if (pending) {
      pending.parts.push(content)
    } else {
      const match = /^(\S+)\s*(.*)$/.exec(content)
      if (!match?.[1]) throw new Error(`Line ${lineIndex + 1}: cannot read "${rawLine}"`)
      pending = { keyword: match[1].toUpperCase(), parts: [match[2] ?? ''], line: lineIndex + 1 }
    }
    if (!continues) {
      instructions.push({ keyword: pending.keyword, args: pending.parts.join(' ').trim(), line: pending.line })
      pending = undefined
    }
  })
  if (pending) throw new Error(`Line ${pending.line}: instruction ends with a dangling "\\"`)
  return instructions
}

export function parseStages(text: string): Stage[] {
  const stages: Stage[] = []
  for (const instruction of parseInstructions(text)) {
    if (instruction.keyword === 'FROM') {
      const words = instruction.args.split(/\s+/).filter((word) => !word.startsWith('--'))
      const [from, as, name] = words
      if (!from) throw new Error(`Line ${instruction.line}: FROM without an image`)
      if (as !== undefined && (as.toUpperCase() !== 'AS' || !name)) {
        throw new Error(`Line ${instruction.line}: expected "FROM image AS name"`)
      }
      stages.push({ index: stages.length, from, name, instructions: [] })
      continue
    }
    const current = stages.at(-1)
    if (!current) {
      if (instruction.keyword === 'ARG') continue
      throw new Error(`Line ${instruction.line}: ${instruction.keyword} before the first FROM`)
    }
    current.instructions.push(instruction)
  }
  return stages
}

export interface CopyInstruction {
  flags: Record<string, string>
  sources: string[]
  destination: string
  line: number
}

/** Reads `COPY [--flag=value…] src… dest` (shell form only). */
export function parseCopy(instruction: Instruction): CopyInstruction {
  const words = instruction.args.split(/\s+/).filter(Boolean)
  const flags: Record<string, string> = {}
  while (words[0]?.startsWith('--')) {
    const [flag = '', value = ''] = (words.shift() ?? '').slice(2).split('=', 2)
    flags[flag] = value
  }
  const destination = words.pop()
  if (!destination || words.length === 0) throw new Error(`Line ${instruction.line}: COPY needs sources and a destination`)
  return { flags, sources: words, destination, line: instruction.line }
}

/** Reads `ENV key=value key2=value2` (and the legacy `ENV key value`). */
export function parseEnvInstruction(instruction: Instruction): Record<string, string> {
  if (!instruction.args.includes('=')) {
    const [key = '', ...value] = instruction.args.split(/\s+/)
    return { [key]: value.join(' ') }
  }
  // key=value pairs; a double-quoted value may hold spaces (NODE_OPTIONS="--a --b").
  const entries = [...instruction.args.matchAll(/([^\s=]+)=("[^"]*"|\S*)/g)].map(([, key = '', value = '']) => [key, value.replace(/^"(.*)"$/, '$1')] as const)
  return Object.fromEntries(entries)
}

/** The environment a stage sets (its own ENV instructions, later ones winning). */
export function stageEnv(stage: Stage): Record<string, string> {
  return Object.assign(
    {},
    ...stage.instructions.filter((instruction) => instruction.keyword === 'ENV').map(parseEnvInstruction),
  ) as Record<string, string>
}

/** The exec-form (`["node", "x.js"]`) arguments of an instruction such as CMD. */
export function parseExecForm(instruction: Instruction): string[] {
  const parsed: unknown = JSON.parse(instruction.args)
  if (!Array.isArray(parsed) || !parsed.every((part): part is string => typeof part === 'string')) {
    throw new Error(`Line ${instruction.line}: ${instruction.keyword} must use the exec form ["cmd", "arg"]`)
  }
  return parsed
}
