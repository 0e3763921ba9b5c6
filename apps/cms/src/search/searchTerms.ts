/**
 * How text becomes search terms, shared by every index so that a query is cut the way the
 * documents were: letters and digits, lower-cased, diacritics kept apart from æ/ø/å (which
 * are letters in Norwegian, not accented vowels).
 */

/** A query word this short or shorter is never split into compound parts. */
const MIN_COMPOUND_PART = 4
/** At most this many words of a query are used (a query is at most 100 characters anyway). */
const MAX_QUERY_WORDS = 8

export function searchTerms(text: string): string[] {
  return text.toLocaleLowerCase('nb').match(/[\p{L}\p{N}]+/gu) ?? []
}

/** One word of a query: the word as a prefix, and the shorter words it may be compounded from. */
export interface QueryWord {
  /** Matches any term that starts with it: `kreft` finds "kreftregisteret". */
  prefix: string
  /**
   * The word's own leading parts (at least 4 letters), matched as whole terms: Norwegian writes
   * compounds as one word, so `screeningprogrammet` also finds "screening". Only terms that
   * exist in the index can match, so a part that is not a word costs one index lookup, nothing more.
   */
  compoundParts: string[]
}

export function queryWords(query: string): QueryWord[] {
  const words = [...new Set(searchTerms(query))].slice(0, MAX_QUERY_WORDS)
  return words.map((word) => {
    const compoundParts: string[] = []
    for (let length = word.length - 1; length >= MIN_COMPOUND_PART; length -= 1) compoundParts.push(word.slice(0, length))
    return { prefix: word, compoundParts }
  })
}
