/** Formats of the registration numbers projects carry. */
const REGISTRATION_PATTERNS: Record<string, { pattern: RegExp; example: string }> = {
  nct: { pattern: /^NCT\d{8}$/, example: 'NCT03873376' },
  rek: { pattern: /^(REK )?\d{4}\/\d{1,6}$|^\d{3,7}$/, example: '2017/366' },
  other: { pattern: /^.{1,64}$/, example: 'any identifier up to 64 characters' },
}

export function validateRegistrationIdentifier(value: unknown, type: unknown): string | true {
  if (typeof value !== 'string' || value.trim() === '') return 'An identifier is required.'
  const rule = REGISTRATION_PATTERNS[typeof type === 'string' ? type : 'other'] ?? REGISTRATION_PATTERNS.other
  if (!rule) return true
  return rule.pattern.test(value.trim()) ? true : `"${value}" does not look like a ${String(type).toUpperCase()} number (e.g. ${rule.example}).`
}
