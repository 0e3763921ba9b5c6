import { messages } from './i18n'
import { LANGUAGE_TAG, type Locale } from './locales'
import { paths } from './routes'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * The branded "temporarily unavailable" document (HTTP 503) for a page that was never rendered
 * while the CMS is down. The edge serves it as a static file (deploy/edge/static/503.<locale>.html,
 * kept identical by tests/unit/edgeUnavailablePage.test.ts). Self-contained HTML (no scripts, inline styles) so it needs nothing that
 * could itself be unavailable.
 */
export function unavailableHtml(locale: Locale): string {
  const m = messages(locale)
  const t = (text: string) => escapeHtml(text)
  return `<!DOCTYPE html>
<html lang="${LANGUAGE_TAG[locale]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t(m.unavailableTitle)} – ${t(m.siteName)}</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;line-height:1.6;color:#1a1a1a;background:#fff}
header{background:#0b3d5c;color:#fff;padding:1rem}
header a{color:#fff;font-weight:700;font-size:1.2rem;text-decoration:none}
main{max-width:44rem;margin:0 auto;padding:2rem 1rem}
h1{color:#0b3d5c;line-height:1.25}
a{color:#005a8c}
a:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px;box-shadow:0 0 0 6px #ffbf47}
</style>
</head>
<body>
<header><a href="${paths.home(locale)}">${t(m.siteName)}</a></header>
<main id="main">
<h1>${t(m.unavailableTitle)}</h1>
<p>${t(m.unavailableText)}</p>
<p><a href="${paths.home(locale)}">${t(m.goHome)}</a></p>
</main>
</body>
</html>`
}
