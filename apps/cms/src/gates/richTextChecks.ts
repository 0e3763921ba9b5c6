/**
 * Accessibility checks on Lexical rich text (WCAG 1.3.1 headings, 2.4.4 link purpose):
 * headings do not skip levels, and link text says where the link goes.
 */

type LexicalNode = { type?: unknown; tag?: unknown; text?: unknown; children?: unknown; fields?: unknown }

export type RichTextProblem = { message: string }

/** Link texts that say nothing about the target (compared lower-cased, trimmed, without trailing punctuation). */
const VAGUE_LINK_TEXTS = new Set(['click here', 'klikk her', 'les mer', 'read more', 'her', 'here', 'lenke', 'link', 'mer', 'more'])
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i

const childrenOf = (node: LexicalNode): LexicalNode[] => (Array.isArray(node.children) ? (node.children as LexicalNode[]) : [])

/** The visible text of a node and its descendants. */
export function textOf(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  return childrenOf(node).map(textOf).join('')
}

function headingLevel(node: LexicalNode): number | null {
  if (node.type !== 'heading' || typeof node.tag !== 'string') return null
  const match = /^h([1-6])$/.exec(node.tag)
  return match ? Number(match[1]) : null
}

/**
 * The problems in one rich-text value. The page title is the h1, so the body's first
 * heading may be h2 at most, and each next heading at most one level deeper than the last.
 */
export function richTextProblems(value: unknown): RichTextProblem[] {
  if (typeof value !== 'object' || value === null || !('root' in value)) return []
  const problems: RichTextProblem[] = []
  let previousLevel = 1
  const visit = (node: LexicalNode) => {
    const level = headingLevel(node)
    if (level !== null) {
      if (level > previousLevel + 1) {
        problems.push({ message: `The heading "${textOf(node).trim()}" is h${level} after h${previousLevel}: headings must not skip levels (use h${previousLevel + 1}).` })
      }
      previousLevel = level
    }
    if (node.type === 'link' || node.type === 'autolink') {
      const linkText = textOf(node).trim()
      const normalised = linkText.toLowerCase().replace(/[.:!…]+$/, '').trim()
      if (normalised === '') problems.push({ message: 'A link has no text: say where it leads.' })
      else if (VAGUE_LINK_TEXTS.has(normalised)) problems.push({ message: `The link text "${linkText}" does not say where the link leads: describe the target instead.` })
      else if (BARE_URL.test(linkText)) problems.push({ message: `The link text "${linkText}" is a bare address: describe the target instead.` })
    }
    for (const child of childrenOf(node)) visit(child)
  }
  visit((value as { root: LexicalNode }).root)
  return problems
}
