import type { FullResult, Reporter, TestCase } from '@playwright/test/reporter';

/** One greppable line at the end of the run, next to the list reporter's own summary. */
export default class SummaryReporter implements Reporter {
  private readonly tests: TestCase[] = [];

  onTestEnd(test: TestCase): void {
    if (!this.tests.includes(test)) this.tests.push(test);
  }

  onEnd(result: FullResult): void {
    const count = (outcome: ReturnType<TestCase['outcome']>) => this.tests.filter((t) => t.outcome() === outcome).length;
    const seconds = (result.duration / 1000).toFixed(1);
    console.log(
      `E2E summary: ${count('expected')} passed, ${count('unexpected')} failed, ${count('flaky')} flaky, ` +
        `${count('skipped')} skipped in ${seconds}s (${result.status})`,
    );
    // A test that passed only on its retry is named, so a flake is seen and chased rather than forgotten.
    for (const t of this.tests.filter((x) => x.outcome() === 'flaky')) console.log(`E2E flaky (passed on retry): ${t.titlePath().filter(Boolean).join(' › ')}`);
  }

  printsToStdio(): boolean {
    return true;
  }
}
