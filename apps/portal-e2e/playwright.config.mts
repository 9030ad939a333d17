import { defineConfig } from '@playwright/test';
import { workspaceRoot } from '@nx/devkit';

const port = 4310;
const baseURL = process.env['BASE_URL'] || `http://localhost:${port}`;

/**
 * One real server (`npm start`'s tools/start.mjs: API + built portal + embedded PostgreSQL with
 * the demo data, from a data folder wiped first) and one worker: the journeys share that
 * database, so each one creates what it changes (its own company) or puts it back.
 */
export default defineConfig({
  testDir: './src',
  outputDir: `${workspaceRoot}/test-output/playwright/results`,
  fullyParallel: false,
  workers: 1,
  retries: process.env['CI'] ? 1 : 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list'], ['html', { outputFolder: `${workspaceRoot}/test-output/playwright/report`, open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          // Debian's Chromium: Playwright cannot download its own browser on this network.
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    // A fresh data folder every run, so every run starts from the demo data.
    command: 'rm -rf tmp/e2e-data && node tools/start.mjs',
    cwd: workspaceRoot,
    url: `http://localhost:${port}/api/health`,
    env: { ...process.env, PORT: String(port), LUMEN_DATA_DIR: 'tmp/e2e-data', NX_DAEMON: 'false' } as Record<
      string,
      string
    >,
    // The first build of the API and the portal takes a minute or two on two cores.
    timeout: 300_000,
    reuseExistingServer: !process.env['CI'],
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
