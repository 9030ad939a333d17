import { type Page, expect } from '@playwright/test';
import { isValidOrganisationNumber } from '@lumen/shared/domain';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

/** The password of every demo login (README). */
export const DEMO_PASSWORD = 'Lumen-demo-2026';

const screenshotDir = resolve(__dirname, '../../../../test-output/screenshots');

/** `test-output/screenshots/<name>.png`; name it `<journey>-<step>`, e.g. `account-registered`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Logs in through the login page and waits until the header shows the account menu. */
export async function loginAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(password);
  await page.locator('form button[type=submit]').click();
  await expect(page.getByTestId('account-menu')).toBeVisible();
}

export async function logout(page: Page): Promise<void> {
  await page.getByTestId('account-menu').click();
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('header-login')).toBeVisible();
}

/** Chooses the portal's language with the header switch. */
export async function setLanguage(page: Page, locale: 'nb' | 'en'): Promise<void> {
  await page.locator(`[data-locale=${locale}]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/** Something unique per run, for e-mails and names that must not collide with earlier runs. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

/** A random organisation number that passes the MOD11 check, so each journey registers anew. */
export function randomOrganisationNumber(): string {
  for (;;) {
    const candidate = String(Math.floor(100_000_000 + Math.random() * 899_999_999));
    if (isValidOrganisationNumber(candidate)) return candidate;
  }
}

/**
 * The portal path (`/reset-password?token=…`) of the newest link of this `kind` e-mailed to
 * `email`, read from the e2e server's outbox as the recipient would read the e-mail
 * (tools/start.mjs writes the embedded database's URL into the data folder).
 */
export async function mailedLinkPath(email: string, kind: 'password_reset' | 'invitation'): Promise<string> {
  const dataDir = resolve(__dirname, '../../../..', process.env['LUMEN_DATA_DIR'] ?? 'tmp/e2e-data');
  const client = new Client({ connectionString: readFileSync(join(dataDir, 'database-url'), 'utf8').trim() });
  await client.connect();
  try {
    const { rows } = await client.query<{ body: string }>(
      `SELECT body FROM outbox_messages WHERE kind = $1 AND recipient = $2 ORDER BY created_at DESC LIMIT 1`,
      [kind, email],
    );
    const link = /https?:\/\/\S+\?token=\S+/.exec(rows[0]?.body ?? '')?.[0];
    if (!link) throw new Error(`no ${kind} e-mail to ${email}`);
    const url = new URL(link);
    return `${url.pathname}${url.search}`;
  } finally {
    await client.end();
  }
}
