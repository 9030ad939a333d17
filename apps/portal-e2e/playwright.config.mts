import { defineConfig } from '@playwright/test';
import { workspaceRoot } from '@nx/devkit';

// Several people on one machine: `E2E_PORT=4321 npm run e2e` runs beside another run on its own
// server and data folder instead of wiping the other's database.
const port = Number(process.env['E2E_PORT'] || 4310);
const dataDir = port === 4310 ? 'tmp/e2e-data' : `tmp/e2e-data-${port}`;
// Journeys that read the outbox find the server's database through this (support/helpers.ts).
process.env['LUMEN_DATA_DIR'] = dataDir;
const baseURL = process.env['BASE_URL'] || `http://localhost:${port}`;
const results = `${workspaceRoot}/test-output/playwright${port === 4310 ? '' : `-${port}`}`;

/**
 * One real server (`npm start`'s tools/start.mjs: API + built portal + embedded PostgreSQL with
 * the demo data, from a data folder wiped first) and one worker: the journeys share that
 * database, so each one creates what it changes (its own company) or puts it back.
 */
export default defineConfig({
  testDir: './src',
  outputDir: `${results}/results`,
  fullyParallel: false,
  workers: 1,
  retries: process.env['CI'] ? 1 : 0,
  forbidOnly: !!process.env['CI'],
  reporter: [['list'], ['html', { outputFolder: `${results}/report`, open: 'never' }]],
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
    command: `rm -rf ${dataDir} && node tools/start.mjs`,
    cwd: workspaceRoot,
    url: `http://localhost:${port}/api/health`,
    env: { ...process.env, PORT: String(port), LUMEN_DATA_DIR: dataDir, NX_DAEMON: 'false' } as Record<string, string>,
    // The first build of the API and the portal takes a minute or two on two cores.
    timeout: 300_000,
    // Never by surprise: a server already on the port may be someone else's, with other data.
    reuseExistingServer: !process.env['CI'] && process.env['E2E_REUSE_SERVER'] === 'true',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
