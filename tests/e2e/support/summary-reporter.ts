import type { FullResult, Reporter, TestCase } from '@playwright/test/reporter';

const BROWSERS = ['chromium', 'firefox'] as const;

/**
 * Prints one line per browser, `e2e <browser>: N passed, M failed, K flaky: …`, from each test's final outcome, then the
 * total as `e2e: N passed, M failed`. A test that passed only on its retry counts as passed and is named among the flaky
 * ones, so that a retry never hides it.
 */
export default class SummaryReporter implements Reporter {
  private readonly tests = new Map<string, TestCase>();

  onTestEnd(test: TestCase): void {
    this.tests.set(test.id, test);
  }

  onEnd(_result: FullResult): void {
    let passed = 0;
    let failed = 0;
    for (const browser of BROWSERS) {
      const line = summaryLine(
        browser,
        [...this.tests.values()].filter((test) => test.parent.project()?.name === browser),
      );
      passed += line.passed;
      failed += line.failed;
      console.log(line.text);
    }
    console.log(`e2e: ${passed} passed, ${failed} failed`);
  }
}

function summaryLine(browser: string, tests: TestCase[]): { text: string; passed: number; failed: number } {
  const outcomes = tests.map((test) => ({ test, outcome: test.outcome() }));
  const flaky = outcomes.filter(({ outcome }) => outcome === 'flaky').map(({ test }) => test.titlePath().slice(2).join(' › '));
  const passed = outcomes.filter(({ outcome }) => outcome === 'expected' || outcome === 'flaky').length;
  const failed = outcomes.filter(({ outcome }) => outcome === 'unexpected').length;
  const flakyPart = flaky.length > 0 ? `, ${flaky.length} flaky: ${flaky.join('; ')}` : ', 0 flaky';
  return { text: `e2e ${browser}: ${passed} passed, ${failed} failed${flakyPart}`, passed, failed };
}
