/**
 * Alternative text for images (WCAG 1.1.1): bokmål is required; English falls back to it.
 * A file name or a placeholder is not a description.
 */
const FILE_NAME = /^[\w\s-]+\.(?:png|jpe?g|webp|avif|gif|pdf)$/i
const PLACEHOLDERS = new Set(['bilde', 'image', 'foto', 'photo', 'picture', 'alt', 'alt text', 'alternativ tekst'])

export function validateAltText(value: unknown, { required }: { required: boolean }): string | true {
  const text = typeof value === 'string' ? value.trim() : ''
  if (text === '') return required ? 'Describe the image in bokmål (alternative text) for readers who cannot see it.' : true
  if (FILE_NAME.test(text)) return `"${text}" is a file name, not a description of the image.`
  if (PLACEHOLDERS.has(text.toLowerCase())) return `"${text}" does not describe the image: say what it shows.`
  return true
}
