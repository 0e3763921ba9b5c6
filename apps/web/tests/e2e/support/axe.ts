import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]

/** WCAG 2.1 A and AA: what Norwegian law (forskrift om universell utforming av IKT) requires. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** One readable line per failing element: rule, impact, what is wrong, where. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const target = node.target.map(String).join(' ')
      const why = node.failureSummary?.replace(/\s+/g, ' ').trim() ?? violation.help
      return `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} — ${target} — ${why} (${violation.helpUrl})`
    }),
  )
}

/** Runs axe on the page as it is now; returns the readable violations (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return describeViolations(results.violations)
}
