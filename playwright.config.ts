import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  // Real browsers on 2 busy cores: a test that fails once is run again; the summary names every test that needed it as flaky.
  retries: 1,
  reporter: [['list'], ['./tests/e2e/support/summary-reporter.ts']],
  projects: [{ name: 'chromium' }, { name: 'firefox' }],
});
