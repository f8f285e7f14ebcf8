// Prints a plain `N passed, N failed` line last, so CI logs can count the tests.
export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const count = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites) count(child);
      };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that failed to load counts as a failure even though it ran no test.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed += 1;
      }
      this.line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    },
    async stop() {
      if (this.line) console.log(`\n${this.line}`);
    },
  };
}
