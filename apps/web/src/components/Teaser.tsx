/** A card linking to a page: title as a link, lead below. `level` keeps the heading outline right. */
export function Teaser({ href, title, lead, level = 3, meta }: { href: string; title: string; lead?: string | null; level?: 2 | 3; meta?: string }) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <article className="teaser">
      <Heading className="teaser-title">
        <a href={href}>{title}</a>
      </Heading>
      {meta ? <p className="teaser-meta">{meta}</p> : null}
      {lead ? <p className="teaser-lead">{lead}</p> : null}
    </article>
  )
}
