// Runs the browser specs in a stable order (by path), with the spec that stops the shared
// CMS last: every other spec needs the CMS up.
import TestSequencer from '@jest/test-sequencer'

const BaseSequencer = TestSequencer.default ?? TestSequencer
const RUNS_LAST = /cms-down\.e2e\.spec\.ts$/

export default class BrowserSuiteSequencer extends BaseSequencer {
  sort(tests) {
    const rank = (test) => (RUNS_LAST.test(test.path) ? 1 : 0)
    return [...tests].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path))
  }
}
