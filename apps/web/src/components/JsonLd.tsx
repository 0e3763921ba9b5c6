import { serializeJsonLd } from '@/lib/jsonLd'

type Props = { data: Parameters<typeof serializeJsonLd>[0] }

/** Structured data for search engines. */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
