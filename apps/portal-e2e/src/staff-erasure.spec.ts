import { type Page, expect, test } from '@playwright/test';
import {
  DEMO_PASSWORD,
  loginAs,
  logout,
  randomOrganisationNumber,
  screenshot,
  setLanguage,
  uniqueSuffix,
} from './support/helpers';

const mainNav = (page: Page) => page.locator('nav.main-nav');

test('a company admin asks for deletion and the shop admin erases the account', async ({ page }) => {
  const suffix = uniqueSuffix();
  const company = { name: `Avvikles ${suffix} AS`, email: `siste.${suffix}@example.test` };
  page.on('dialog', (dialog) => void dialog.accept());

  await test.step('the company registers and its admin asks for deletion', async () => {
    await page.goto('/register');
    await page.locator('#company-name').fill(company.name);
    await page.locator('#company-orgnr').fill(randomOrganisationNumber());
    await page.locator('input[type=radio][value=business]').check();
    await page.locator('#company-phone').fill('+47 22 00 11 22');
    await page.locator('#address-line1').fill('Sluttveien 9');
    await page.locator('#address-postal-code').fill('0150');
    await page.locator('#address-city').fill('Oslo');
    await page.locator('#user-name').fill('Siri Siste');
    await page.locator('#user-email').fill(company.email);
    await page.getByLabel('Passord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel('Gjenta passordet').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Registrer firma' }).click();
    await expect(page.getByTestId('company-status')).toHaveText('Aktiv');

    await mainNav(page).getByRole('link', { name: 'Firma' }).click();
    const deletion = page.getByTestId('deletion');
    await deletion.getByLabel(/Begrunnelse/).fill('Vi legger ned driften.');
    await deletion.getByRole('button', { name: 'Be om sletting' }).click();
    await expect(deletion).toContainText('Sletting er bestilt');
    await expect(page.getByTestId('company-status')).toHaveText('Sletting bestilt');
    await screenshot(page, 'staff-erasure-requested-nb');
    await setLanguage(page, 'en');
    await expect(deletion).toContainText('Deletion was requested');
    await screenshot(page, 'staff-erasure-requested-en');
    await setLanguage(page, 'nb');
    await logout(page);
  });

  await test.step('the shop admin finds the request and carries it out', async () => {
    await loginAs(page, 'admin@lumen.test');
    await mainNav(page).getByRole('link', { name: 'Firmaer' }).click();
    await page.locator('#company-status').selectOption('deletion_requested');
    await page.locator('#company-search').fill(company.name);
    const row = page.locator(`tr[data-company="${company.name}"]`);
    await expect(row).toContainText('Sletting bestilt');
    await screenshot(page, 'staff-erasure-pending-nb');
    await row.getByRole('button', { name: 'Gjennomfør sletting' }).click();
    const confirmation = row.getByTestId('erase-confirm');
    const eraseForGood = confirmation.getByRole('button', { name: 'Slett for godt' });
    await expect(eraseForGood).toBeDisabled();
    await confirmation.getByRole('textbox').fill(company.name.slice(0, -1));
    await expect(eraseForGood).toBeDisabled();
    await confirmation.getByRole('textbox').fill(company.name);
    await screenshot(page, 'staff-erasure-confirm-nb');
    await eraseForGood.click();
    await expect(page.getByText(`Personopplysningene til brukerne i ${company.name} er slettet.`)).toBeVisible();
    await page.locator('#company-status').selectOption('deleted');
    await expect(row).toContainText('Slettet');
    await expect(row.getByRole('button')).toHaveCount(0);
    await screenshot(page, 'staff-erasure-done-nb');
  });

  await test.step('the audit log keeps what happened, not who the people were', async () => {
    await page.locator(`tr[data-company="${company.name}"]`).getByRole('link', { name: 'Logg' }).click();
    const audit = page.getByTestId('audit');
    await expect(audit).toContainText('Konto slettet');
    await expect(audit).toContainText('Sletting bestilt');
    await expect(audit).toContainText('Vi legger ned driften.');
    await expect(audit).not.toContainText('Siri Siste');
    await screenshot(page, 'staff-erasure-audit-nb');
    await setLanguage(page, 'en');
    await expect(audit).toContainText('Account erased');
    await screenshot(page, 'staff-erasure-audit-en');
    await setLanguage(page, 'nb');
    await logout(page);
  });

  await test.step('no one can log in to the erased account', async () => {
    await page.goto('/login');
    await page.locator('#login-email').fill(company.email);
    await page.locator('#login-password').fill(DEMO_PASSWORD);
    await page.locator('form button[type=submit]').click();
    await expect(page.getByText('Feil e-postadresse eller passord.')).toBeVisible();
  });
});
