/**
 * A small builder for Lexical rich text as Payload stores it (the JSON the admin's
 * editor produces), so seeded bodies are real, editable rich text: paragraphs,
 * h2/h3 headings, bullet lists, bold text and external links.
 */

const FORMAT_BOLD = 1

export type TextNode = {
  type: 'text'
  text: string
  format: number
  detail: 0
  mode: 'normal'
  style: ''
  version: 1
}

export type LinkNode = {
  type: 'link'
  fields: { linkType: 'custom'; url: string; newTab: boolean }
  children: TextNode[]
  direction: 'ltr'
  format: ''
  indent: 0
  version: 3
}

export type InlineNode = TextNode | LinkNode
/** Inline content: plain strings become text nodes. */
export type Inline = string | InlineNode

type ElementBase = { direction: 'ltr'; format: ''; indent: 0; version: 1 }

export type ParagraphNode = ElementBase & { type: 'paragraph'; children: InlineNode[]; textFormat: 0; textStyle: '' }
export type HeadingNode = ElementBase & { type: 'heading'; tag: 'h2' | 'h3'; children: InlineNode[] }
export type ListItemNode = ElementBase & { type: 'listitem'; value: number; children: InlineNode[] }
export type ListNode = ElementBase & { type: 'list'; listType: 'bullet'; tag: 'ul'; start: 1; children: ListItemNode[] }
export type BlockNode = ParagraphNode | HeadingNode | ListNode

export type RichText = {
  root: { type: 'root'; children: BlockNode[]; direction: 'ltr'; format: ''; indent: 0; version: 1 }
}

const element: ElementBase = { direction: 'ltr', format: '', indent: 0, version: 1 }

export function text(value: string, format = 0): TextNode {
  return { type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

export function bold(value: string): TextNode {
  return text(value, FORMAT_BOLD)
}

/** An external link; the URL must be absolute http(s), as the CMS validates it. */
export function link(label: string, url: string): LinkNode {
  if (!/^https?:\/\/\S+$/.test(url)) throw new Error(`Link URL must be absolute http(s): "${url}"`)
  return {
    type: 'link',
    fields: { linkType: 'custom', url, newTab: false },
    children: [text(label)],
    ...element,
    version: 3,
  }
}

function inline(parts: readonly Inline[]): InlineNode[] {
  return parts.map((part) => (typeof part === 'string' ? text(part) : part))
}

export function p(...parts: Inline[]): ParagraphNode {
  return { type: 'paragraph', children: inline(parts), textFormat: 0, textStyle: '', ...element }
}

export function h2(...parts: Inline[]): HeadingNode {
  return { type: 'heading', tag: 'h2', children: inline(parts), ...element }
}

export function h3(...parts: Inline[]): HeadingNode {
  return { type: 'heading', tag: 'h3', children: inline(parts), ...element }
}

/** A bullet list; each item is a string or a list of inline parts. */
export function ul(...items: (string | Inline[])[]): ListNode {
  return {
    type: 'list',
    listType: 'bullet',
    tag: 'ul',
    start: 1,
    children: items.map((item, index) => ({
      type: 'listitem',
      value: index + 1,
      children: inline(typeof item === 'string' ? [item] : item),
      ...element,
    })),
    ...element,
  }
}

export function richText(...blocks: BlockNode[]): RichText {
  return { root: { type: 'root', children: blocks, ...element } }
}

/** The readable text of a rich text value, blocks separated by blank lines. */
export function plainText(value: RichText): string {
  const inlineText = (nodes: readonly InlineNode[]): string =>
    nodes.map((node) => (node.type === 'text' ? node.text : inlineText(node.children))).join('')
  return value.root.children
    .map((block) => (block.type === 'list' ? block.children.map((item) => inlineText(item.children)).join('\n') : inlineText(block.children)))
    .join('\n\n')
}

/** Every external URL linked from a rich text value. */
export function linkedUrls(value: RichText): string[] {
  const fromInline = (nodes: readonly InlineNode[]): string[] =>
    nodes.flatMap((node) => (node.type === 'link' ? [node.fields.url] : []))
  return value.root.children.flatMap((block) =>
    block.type === 'list' ? block.children.flatMap((item) => fromInline(item.children)) : fromInline(block.children),
  )
}
