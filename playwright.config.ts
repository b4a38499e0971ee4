import {defineConfig} from '@playwright/test';

// Browsers cannot be downloaded here: drive the system Chromium (Debian's
// package by default) and keep it off the network it would otherwise probe.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const port = Number(process.env.E2E_PORT ?? 4173);
export const baseUrl = process.env.BASE_URL ?? '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // Each test is a reader's whole scenario (several page loads, axe on a long
  // page): on a 2-core machine that is busy with other work, some take 30 s
  // or more. Each waits for what the reader sees, so time only ends a stuck test.
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list'], ['github']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `npx tsx scripts/serve.ts --dir ${process.env.BUILD_DIR ?? 'build'} --port ${port} --base ${baseUrl}`,
    url: `http://127.0.0.1:${port}${baseUrl}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
