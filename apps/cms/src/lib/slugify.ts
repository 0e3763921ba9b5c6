/** Norwegian letters have conventional ASCII spellings in URLs. */
const transliterations: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', é: 'e', ü: 'u', ö: 'o', ä: 'a' }

/** Turns a title into a URL-safe slug: lowercase ASCII letters, digits and single hyphens. */
export function slugify(input: string): string {
  return input
    .toLowerCase()
    .replace(/[æøåéüöä]/g, (letter) => transliterations[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
