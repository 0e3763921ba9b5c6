import type { DefaultNodeTypes } from '@payloadcms/richtext-lexical'
import { type JSXConvertersFunction, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'

import { env } from '@/env'
import type { Locale } from '@/lib/locales'
import { type LexicalState, linkKey, resolveRichTextLinks } from '@/lib/richTextLinks'

type Props = {
  locale: Locale
  data: LexicalState | null | undefined
  className?: string
  /** The text's language when it is not the page's (untranslated fallback text, WCAG 3.1.2). */
  lang?: Locale
}

/** Uploaded files load in the browser: from the CMS's public origin (the edge), not the internal address the site reads from. */
const cmsAsset = (url: string) => (url.startsWith('/') ? `${env.CMS_PUBLIC_URL}${url}` : url)

function refId(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string') return value.id
  return undefined
}

/**
 * CMS rich text rendered on the server with Lexical's own JSX converters. Overrides:
 * internal links point to site URLs; headings start at h2 (the page title is the only h1);
 * images come from the CMS with their required alt text.
 */
export async function RichText({ locale, data, className = 'rich-text', lang }: Props) {
  if (!data) return null
  const hrefs = await resolveRichTextLinks(data, locale)
  const converters: JSXConvertersFunction<DefaultNodeTypes> = ({ defaultConverters }) => ({
    ...defaultConverters,
    heading: ({ node, nodesToJSX }) => {
      const Tag = node.tag === 'h1' ? 'h2' : node.tag
      return <Tag>{nodesToJSX({ nodes: node.children })}</Tag>
    },
    link: ({ node, nodesToJSX }) => {
      const children = nodesToJSX({ nodes: node.children })
      const { fields } = node
      let href: string | undefined = fields.url ?? undefined
      if (fields.linkType === 'internal') {
        const id = refId(fields.doc?.value)
        href = fields.doc && id !== undefined ? hrefs.get(linkKey(fields.doc.relationTo, id)) : undefined
      }
      // A link whose target is gone or unpublished reads as plain text rather than a broken link.
      if (!href) return <>{children}</>
      return (
        <a href={href} {...(fields.newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
          {children}
        </a>
      )
    },
    upload: ({ node }) => {
      const doc: unknown = node.value
      if (typeof doc !== 'object' || doc === null || !('url' in doc) || typeof doc.url !== 'string') return null
      const fieldAlt = node.fields && typeof node.fields.alt === 'string' ? node.fields.alt : ''
      const alt = fieldAlt || ('alt' in doc && typeof doc.alt === 'string' ? doc.alt : '')
      const width = 'width' in doc && typeof doc.width === 'number' ? doc.width : undefined
      const height = 'height' in doc && typeof doc.height === 'number' ? doc.height : undefined
      const isImage = 'mimeType' in doc && typeof doc.mimeType === 'string' && doc.mimeType.startsWith('image/')
      const filename = 'filename' in doc && typeof doc.filename === 'string' ? doc.filename : doc.url
      if (!isImage) return <a href={cmsAsset(doc.url)}>{filename}</a>
      // A plain <img>: next/image would ship client JavaScript for a static picture.
      // eslint-disable-next-line @next/next/no-img-element
      return <img src={cmsAsset(doc.url)} alt={alt} width={width} height={height} loading="lazy" decoding="async" />
    },
  })
  // The stored state is Lexical's serialized format; its generated type is looser than Lexical's own.
  const rendered = <LexicalRichText data={data as Parameters<typeof LexicalRichText>[0]['data']} converters={converters} className={className} />
  return lang ? <div lang={lang}>{rendered}</div> : rendered
}
