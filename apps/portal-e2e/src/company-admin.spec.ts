import { type Page, expect, test } from '@playwright/test';
import {
  DEMO_PASSWORD,
  loginAs,
  logout,
  mailedLinkPath,
  randomOrganisationNumber,
  screenshot,
  setLanguage,
  uniqueSuffix,
} from './support/helpers';

const mainNav = (page: Page) => page.locator('nav.main-nav');

test.beforeEach(({ page }) => {
  // Deactivating, verifying and erasing ask "are you sure?" first.
  page.on('dialog', (dialog) => void dialog.accept());
});

test('the company admin invites a purchaser, who sets a password and sees no employee management', async ({ page }) => {
  const suffix = uniqueSuffix();
  const purchaser = { name: `Pia Innkjøp ${suffix}`, email: `pia.${suffix}@nordlys.test` };
  const password = `Pias-passord-${suffix}`;
  let invitation = '';

  await test.step('the company admin sees the company area and its employees', async () => {
    await loginAs(page, 'admin@nordlys.test');
    await mainNav(page).getByRole('link', { name: 'Firma' }).click();
    await expect(page.getByRole('heading', { name: 'Firmaprofil' })).toBeVisible();
    await expect(page.locator('#company-name')).toHaveValue('Nordlys Elektro AS');
    // Grouped as the register prints it, as on the account page and the staff's pages.
    await expect(page.locator('dl.details')).toContainText('923\u00a0609\u00a0016');
    await screenshot(page, 'company-admin-profile-nb');
    await page.getByRole('link', { name: 'Adressebok' }).click();
    await expect(page.getByTestId('billing-address')).toContainText('Storgata 12');
    await expect(page.getByTestId('delivery-address').locator('.badge')).toHaveText(['Standard']);
    await screenshot(page, 'company-admin-addresses-nb');
    await page.getByRole('link', { name: 'Roller', exact: true }).click();
    await expect(page.getByTestId('role').first()).toContainText('Admin');
    await screenshot(page, 'company-admin-roles-nb');
    await mainNav(page).getByRole('link', { name: 'Ansatte' }).click();
    await expect(page).toHaveURL(/\/company\/employees$/);
    await expect(page.getByTestId('employees')).toContainText('purchaser@nordlys.test');
  });

  await test.step('inviting without a role names the missing field', async () => {
    await page.locator('#employee-name').fill(purchaser.name);
    await page.locator('#employee-email').fill(purchaser.email);
    await page.getByRole('button', { name: 'Send invitasjon' }).click();
    await expect(page.getByText('Rett opp feltene som er merket.')).toBeVisible();
  });

  await test.step('the admin invites a purchaser', async () => {
    await page.getByRole('group', { name: 'Roller' }).getByLabel('Bestiller').check();
    await page.getByRole('button', { name: 'Send invitasjon' }).click();
    await expect(page.getByText(`Invitasjonen er sendt til ${purchaser.email}.`)).toBeVisible();
    const row = page.locator(`tr[data-email="${purchaser.email}"]`);
    await expect(row).toContainText('Bestiller');
    await expect(row).toContainText('Invitert');
    await screenshot(page, 'company-admin-employees-invited-nb');
    await setLanguage(page, 'en');
    await expect(page.getByRole('heading', { name: 'Employees' })).toBeVisible();
    await expect(row).toContainText('Purchaser');
    await expect(row).toContainText('Invited');
    await screenshot(page, 'company-admin-employees-invited-en');
    await setLanguage(page, 'nb');
    await logout(page);
  });

  await test.step('the invitation link from the e-mail sets the password and logs the purchaser in', async () => {
    invitation = await mailedLinkPath(purchaser.email, 'invitation');
    await page.goto(invitation);
    await page.getByLabel('Passord', { exact: true }).fill(password);
    await page.getByLabel('Gjenta passordet').fill(password);
    await page.locator('form button[type=submit]').click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByTestId('account-user')).toContainText('Bestiller');
  });

  await test.step('the purchaser sees neither the employees menu nor its page', async () => {
    await logout(page);
    await loginAs(page, purchaser.email, password);
    await expect(mainNav(page).getByRole('link', { name: 'Firma' })).toBeVisible();
    await expect(mainNav(page).getByRole('link', { name: 'Ansatte' })).toHaveCount(0);
    await mainNav(page).getByRole('link', { name: 'Firma' }).click();
    await expect(page.getByRole('heading', { name: 'Firmaprofil' })).toBeVisible();
    await expect(page.locator('#company-name')).toBeDisabled();
    await expect(page.locator('lt-company-layout nav').getByRole('link', { name: 'Ansatte' })).toHaveCount(0);
    await screenshot(page, 'company-admin-purchaser-profile-nb');
    await page.goto('/company/employees');
    await expect(page).toHaveURL(/\/forbidden$/);
    await screenshot(page, 'company-admin-purchaser-forbidden-nb');
    await setLanguage(page, 'en');
    await expect(mainNav(page).getByRole('link', { name: 'Employees' })).toHaveCount(0);
    await screenshot(page, 'company-admin-purchaser-forbidden-en');
    await setLanguage(page, 'nb');
    await logout(page);
  });

  await test.step('the invitation link works once only', async () => {
    // A used invitation says so at once, before anyone types a password.
    await page.goto(invitation);
    await expect(page.getByTestId('link-spent')).toContainText('Invitasjonen er allerede brukt');
    await expect(page.getByLabel('Passord', { exact: true })).toHaveCount(0);
    await screenshot(page, 'company-admin-invitation-used-nb');
  });
});

test('the shop admin verifies a company that registered as not VAT-registered', async ({ page }) => {
  const suffix = uniqueSuffix();
  const company = { name: `Velforeningen ${suffix}`, email: `leder.${suffix}@example.test` };
  const organisationNumber = randomOrganisationNumber();

  await test.step('the company registers and waits for verification', async () => {
    await page.goto('/register');
    await page.locator('#company-name').fill(company.name);
    await page.locator('#company-orgnr').fill(organisationNumber);
    await page.locator('input[type=radio][value=non_vat_registered]').check();
    await page.locator('#company-phone').fill('+47 22 00 11 22');
    await page.locator('#address-line1').fill('Velveien 1');
    await page.locator('#address-postal-code').fill('0150');
    await page.locator('#address-city').fill('Oslo');
    await page.locator('#user-name').fill('Leif Leder');
    await page.locator('#user-email').fill(company.email);
    await page.getByLabel('Passord', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel('Gjenta passordet').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Registrer firma' }).click();
    await expect(page.getByTestId('company-status')).toHaveText('Venter på verifisering');
    await logout(page);
  });

  await test.step('the shop admin finds it among the pending companies and verifies it', async () => {
    await loginAs(page, 'admin@lumen.test');
    await mainNav(page).getByRole('link', { name: 'Firmaer' }).click();
    await expect(page.getByRole('heading', { name: 'Firmaer' })).toBeVisible();
    await screenshot(page, 'staff-companies-nb');
    await page.locator('#company-status').selectOption('pending_verification');
    await page.locator('#company-search').fill(company.name);
    const row = page.locator(`tr[data-company="${company.name}"]`);
    await expect(row).toContainText('Venter på verifisering');
    await expect(row).toContainText(organisationNumber.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1\u00a0$2\u00a0$3'));
    await expect(page.getByTestId('companies').locator('tbody tr')).toHaveCount(1);
    await screenshot(page, 'staff-companies-pending-nb');
    await row.getByRole('button', { name: 'Verifiser' }).click();
    await expect(page.getByText(`${company.name} er verifisert og kan bestille.`)).toBeVisible();
    // The filter still asks for pending companies: the verified one has left the list.
    await expect(row).toHaveCount(0);
    await page.locator('#company-status').selectOption('');
    await expect(row).toContainText('Aktiv');
    await screenshot(page, 'staff-companies-verified-nb');
    await setLanguage(page, 'en');
    await expect(row).toContainText('Active');
    await screenshot(page, 'staff-companies-verified-en');
  });

  await test.step('the audit log says who verified it', async () => {
    await page.locator(`tr[data-company="${company.name}"]`).getByRole('link', { name: 'Log' }).click();
    await expect(page.getByTestId('audit')).toContainText('Company verified');
    await expect(page.getByTestId('audit')).toContainText('Ingrid Lumen');
    await screenshot(page, 'staff-audit-en');
    await setLanguage(page, 'nb');
    await expect(page.getByTestId('audit')).toContainText('Firma verifisert');
    await screenshot(page, 'staff-audit-nb');
    await logout(page);
  });

  await test.step('the company is active for its own users', async () => {
    await loginAs(page, company.email);
    await page.goto('/account');
    await expect(page.getByTestId('company-status')).toHaveText('Aktiv');
    await expect(page.getByTestId('pending-notice')).toHaveCount(0);
  });
});
