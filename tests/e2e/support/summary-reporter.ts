import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints one line per browser, `e2e <browser>: N passed, M failed`, from each test's final result. */
export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, Map<string, TestResult['status']>>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const project = test.parent.project()?.name ?? 'unknown';
    const byTest = this.outcomes.get(project) ?? new Map<string, TestResult['status']>();
    byTest.set(test.id, result.status);
    this.outcomes.set(project, byTest);
  }

  onEnd(_result: FullResult): void {
    for (const project of ['chromium', 'firefox']) {
      const statuses = [...(this.outcomes.get(project)?.values() ?? [])];
      const passed = statuses.filter((s) => s === 'passed').length;
      const failed = statuses.filter((s) => s === 'failed' || s === 'timedOut' || s === 'interrupted').length;
      console.log(`e2e ${project}: ${passed} passed, ${failed} failed`);
    }
  }
}
