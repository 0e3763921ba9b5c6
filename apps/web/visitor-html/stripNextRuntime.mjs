// @ts-check

/**
 * Takes Next's client runtime out of an HTML page as it streams past, for visitors.
 *
 * The site's pages have no client components outside draft mode (no handlers, no client-side
 * navigation: links are plain `<a>`), so everything a visitor needs is in the server-rendered HTML.
 * Next's App Router still sends every page its React/router runtime (~130 KiB gzip), the page's
 * data a second time as inline `self.__next_f.push(…)` scripts, and preload hints for both; React
 * then hydrates a page that has nothing to hydrate. That work is what kept Lighthouse below 100 on
 * a phone (issue 9: total blocking time, and the runtime counted into the largest paint). Next has
 * no switch to leave it out (a custom server is not possible with `output: 'standalone'`), so the
 * site's server removes it from visitors' pages (./visitorHtml.mjs).
 *
 * Removed: `<script>` elements whose `src` is Next's build output (`/_next/static/`), inline
 * scripts that are Next's page data or Turbopack's chunk bootstrap, and `<link>` preloads of
 * scripts from `/_next/static/`. Everything else passes unchanged, byte for byte: stylesheets,
 * other inline scripts (React's own streaming completion scripts, JSON-LD) and all markup.
 * Tests: tests/unit/visitorHtml.test.ts (a page cut into pieces at every position, and a real server).
 */

const NEXT_BUILD_PATH = '/_next/static/'
/** How Next's page-data scripts and Turbopack's bootstrap begin. */
const RUNTIME_INLINE_SCRIPT = /^\s*(?:\(?self\.__next_f\b|\(globalThis\["TURBOPACK"\]|\(globalThis\.TURBOPACK\b)/
const SCRIPT_END = /<\/script/gi
/** @type {Record<string, RegExp>} */
const ATTRIBUTE = Object.fromEntries(['rel', 'as', 'href', 'src'].map((name) => [name, new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')]))

/**
 * The value of `name` in an open tag's source, or undefined.
 * @param {string} tag @param {string} name
 */
function attribute(tag, name) {
  const match = ATTRIBUTE[name]?.exec(tag)
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined
}

/**
 * Whether an opening tag `<name` starts at `index` (followed by whitespace, `/` or `>`).
 * @param {string} text @param {number} index @param {string} name
 */
function opensTag(text, index, name) {
  if (text.slice(index + 1, index + 1 + name.length).toLowerCase() !== name) return false
  const next = text[index + 1 + name.length]
  return next !== undefined && /[\s/>]/.test(next)
}

/**
 * A streaming stripper: feed it the document's text in any pieces with `push`, then call `end`;
 * each call returns the text ready to send.
 */
export function createNextRuntimeStripper() {
  let pending = ''

  /**
   * Processes `pending` as far as it can be decided; keeps an undecided tail for the next piece.
   * @param {boolean} final no more pieces follow: pass an unfinished tail through as it is
   */
  function drain(final) {
    const text = pending
    let out = ''
    let from = 0
    for (;;) {
      const open = text.indexOf('<', from)
      if (open === -1) {
        out += text.slice(from)
        pending = ''
        return out
      }
      out += text.slice(from, open)
      // Not enough text yet to tell which tag this is (`<script` and the character after it).
      if (!final && text.length - open < 8) {
        pending = text.slice(open)
        return out
      }
      const isScript = opensTag(text, open, 'script')
      const isLink = opensTag(text, open, 'link')
      if (!isScript && !isLink) {
        out += '<'
        from = open + 1
        continue
      }
      const tagEnd = text.indexOf('>', open)
      if (tagEnd === -1) {
        if (final) return out + text.slice(open)
        pending = text.slice(open)
        return out
      }
      const tag = text.slice(open, tagEnd + 1)
      if (isLink) {
        const rel = (attribute(tag, 'rel') ?? '').toLowerCase()
        const isScriptPreload = (rel === 'preload' && (attribute(tag, 'as') ?? '').toLowerCase() === 'script') || rel === 'modulepreload'
        if (!(isScriptPreload && (attribute(tag, 'href') ?? '').startsWith(NEXT_BUILD_PATH))) out += tag
        from = tagEnd + 1
        continue
      }
      SCRIPT_END.lastIndex = tagEnd + 1
      const close = SCRIPT_END.exec(text)?.index ?? -1
      const closeEnd = close === -1 ? -1 : text.indexOf('>', close)
      if (closeEnd === -1) {
        if (final) return out + text.slice(open)
        pending = text.slice(open)
        return out
      }
      const src = attribute(tag, 'src')
      const body = text.slice(tagEnd + 1, close)
      const isRuntime = src !== undefined ? src.startsWith(NEXT_BUILD_PATH) : RUNTIME_INLINE_SCRIPT.test(body)
      if (!isRuntime) out += text.slice(open, closeEnd + 1)
      from = closeEnd + 1
    }
  }

  return {
    /** @param {string} text the next piece of the document */
    push(text) {
      pending += text
      return drain(false)
    },
    /** The rest, once the document is complete. */
    end() {
      return drain(true)
    },
  }
}

/**
 * The whole document at once (for a page that is already complete).
 * @param {string} html
 */
export function stripNextRuntime(html) {
  const stripper = createNextRuntimeStripper()
  return stripper.push(html) + stripper.end()
}
