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
import { shotsAtBothWidths } from './support/shop-api';

interface NewCompany {
  name: string;
  email: string;
  customerType: 'business' | 'non_vat_registered';
}

async function fillRegistration(page: Page, company: NewCompany, organisationNumber: string): Promise<void> {
  await page.locator('#company-name').fill(company.name);
  await page.locator('#company-orgnr').fill(organisationNumber);
  await page.locator(`input[type=radio][value=${company.customerType}]`).check();
  await page.locator('#company-phone').fill('+47 22 00 11 22');
  await page.locator('#address-line1').fill('Lysveien 1');
  await page.locator('#address-postal-code').fill('0150');
  await page.locator('#address-city').fill('Oslo');
  await page.locator('#user-name').fill('Eva Eksempel');
  await page.locator('#user-email').fill(company.email);
  await page.getByLabel('Passord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('Gjenta passordet').fill(DEMO_PASSWORD);
}

test('a company registers, logs out and in, changes its password and reads the portal in both languages', async ({
  page,
}) => {
  const suffix = uniqueSuffix();
  const company: NewCompany = {
    name: `Testlys ${suffix} AS`,
    email: `eva.${suffix}@example.test`,
    customerType: 'business',
  };
  const newPassword = `Nytt-passord-${suffix}`;

  await test.step('a visitor is told that prices need registration', async () => {
    await page.goto('/');
    await expect(page.getByTestId('visitor-notice')).toContainText('Prisene vises for registrerte bedriftskunder');
    await screenshot(page, 'account-home-nb');
    await page.getByRole('main').getByRole('link', { name: 'Registrer firma' }).click();
    await expect(page).toHaveURL(/\/register$/);
  });

  await test.step('registration shows the errors of each field, from the browser and from the API', async () => {
    await fillRegistration(page, { ...company, email: 'admin@nordlys.test' }, '923609017');
    await page.locator('#company-orgnr').blur();
    await expect(page.getByText('Ugyldig organisasjonsnummer')).toBeVisible();
    await page.locator('#company-orgnr').fill(randomOrganisationNumber());
    await page.getByRole('button', { name: 'Registrer firma' }).click();
    // Only the API knows the address is taken; its detail lands under the e-mail field.
    await expect(page.getByText('Det finnes allerede en konto med denne e-postadressen.').first()).toBeVisible();
    await screenshot(page, 'account-register-errors');
  });

  await test.step('with a free e-mail the company is registered and its admin logged in', async () => {
    await page.locator('#user-email').fill(company.email);
    await page.getByRole('button', { name: 'Registrer firma' }).click();
    await expect(page).toHaveURL(/\/account\?welcome=1$/);
    // The new admin is told the company is active and where to go next.
    const welcome = page.getByTestId('welcome-panel');
    await expect(welcome).toContainText('Velkommen til Lumen Trade, Eva Eksempel!');
    await expect(welcome.getByTestId('welcome-status')).toContainText('bestille med en gang');
    await expect(welcome.getByRole('link', { name: 'Inviter kolleger' })).toHaveAttribute('href', '/company/employees');
    await expect(welcome.getByRole('link', { name: 'Lag en prosjektliste' })).toHaveAttribute('href', '/project-lists');
    const companyCard = page.getByTestId('account-company');
    await expect(companyCard).toContainText(company.name);
    await expect(page.getByTestId('company-status')).toHaveText('Aktiv');
    await expect(companyCard.locator('lt-tier-badge')).toHaveText('Sølv');
    await expect(page.getByTestId('account-menu')).toContainText('Eva Eksempel');
    await shotsAtBothWidths(page, 'account-registered', () => expect(welcome).toBeVisible());
    await welcome.getByRole('link', { name: 'Se katalogen' }).click();
    await expect(page).toHaveURL(/\/catalog/);
  });

  await test.step('logging out and in again', async () => {
    await logout(page);
    await loginAs(page, company.email);
    await page.getByTestId('account-menu').click();
    await page.getByRole('menuitem', { name: 'Min konto' }).click();
    await expect(page.getByRole('heading', { name: 'Min konto' })).toBeVisible();
    await expect(page.getByTestId('account-user')).toContainText(company.email);
    await expect(page.getByTestId('account-user')).toContainText('Administrator');
    await screenshot(page, 'account-account-nb');
  });

  await test.step('changing the password needs the current one', async () => {
    await page.getByRole('link', { name: 'Endre passord' }).click();
    await page.getByLabel('Nåværende passord').fill('not-the-password');
    await page.getByLabel('Nytt passord').fill(newPassword);
    await page.getByLabel('Gjenta passordet').fill(newPassword);
    await page.getByRole('button', { name: 'Endre passord' }).click();
    await expect(page.getByText('Nåværende passord er feil.')).toBeVisible();
    await page.getByLabel('Nåværende passord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Endre passord' }).click();
    await expect(page.getByText('Passordet er endret.')).toBeVisible();
    await screenshot(page, 'account-password-changed');
  });

  await test.step('the old password no longer works, the new one does', async () => {
    await logout(page);
    await page.goto('/login');
    await page.locator('#login-email').fill(company.email);
    await page.locator('#login-password').fill(DEMO_PASSWORD);
    await page.locator('form button[type=submit]').click();
    await expect(page.getByText('Feil e-postadresse eller passord.')).toBeVisible();
    await screenshot(page, 'account-login-wrong-password');
    await loginAs(page, company.email, newPassword);
  });

  await test.step('the language switch changes every string, and is remembered', async () => {
    await page.goto('/account');
    await expect(page.getByRole('heading', { name: 'Min konto' })).toBeVisible();
    await setLanguage(page, 'en');
    await expect(page.getByRole('heading', { name: 'My account' })).toBeVisible();
    await expect(page.getByTestId('company-status')).toHaveText('Active');
    await expect(page.getByTestId('account-company').locator('lt-tier-badge')).toHaveText('Silver');
    await screenshot(page, 'account-account-en');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'My account' })).toBeVisible();
    await setLanguage(page, 'nb');
    await expect(page.getByRole('heading', { name: 'Min konto' })).toBeVisible();
  });
});

test('a company that is not VAT-registered learns that it awaits verification', async ({ page }) => {
  const suffix = uniqueSuffix();
  await page.goto('/register');
  await fillRegistration(
    page,
    { name: `Borettslaget ${suffix}`, email: `styret.${suffix}@example.test`, customerType: 'non_vat_registered' },
    randomOrganisationNumber(),
  );
  await page.getByRole('button', { name: 'Registrer firma' }).click();
  await expect(page).toHaveURL(/\/account\?welcome=1$/);
  await expect(page.getByTestId('welcome-status')).toContainText('venter på verifisering');
  await expect(page.getByTestId('company-status')).toHaveText('Venter på verifisering');
  await expect(page.getByTestId('pending-explained')).toContainText('ikke legge inn bestillinger');
  await expect(page.getByTestId('pending-notice')).toBeVisible();
  await screenshot(page, 'account-pending-nb');
  await setLanguage(page, 'en');
  await expect(page.getByTestId('pending-explained')).toContainText('not place orders');
  await screenshot(page, 'account-pending-en');
});

test('visitors see the login and registration pages in English too', async ({ page }) => {
  await page.goto('/login');
  await setLanguage(page, 'en');
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await screenshot(page, 'account-login-en');
  await page.getByRole('link', { name: 'Register your company', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Register company' })).toBeVisible();
  await page.getByRole('button', { name: 'Register company' }).click();
  await expect(page.getByText('Please correct the marked fields.')).toBeVisible();
  await screenshot(page, 'account-register-en');
});

test('a user who forgot the password sets a new one with the e-mailed link, which works once', async ({ page }) => {
  const suffix = uniqueSuffix();
  const email = `glemsk.${suffix}@example.test`;
  const newPassword = `Husker-det-na-${suffix}`;
  await page.goto('/register');
  await fillRegistration(
    page,
    { name: `Glemsk ${suffix} AS`, email, customerType: 'business' },
    randomOrganisationNumber(),
  );
  await page.getByRole('button', { name: 'Registrer firma' }).click();
  await expect(page).toHaveURL(/\/account\?welcome=1$/);
  await logout(page);

  await page.goto('/login');
  await page.getByRole('link', { name: 'Glemt passordet?' }).click();
  // The login page has an "E-postadresse" field too: fill only once the forgot page is there.
  await expect(page.getByRole('heading', { name: 'Glemt passordet' })).toBeVisible();
  await page.getByLabel('E-postadresse').fill(email);
  await page.getByRole('button', { name: 'Send lenke' }).click();
  await expect(page.getByRole('status')).toContainText(`Hvis det finnes en konto for ${email}`);
  await screenshot(page, 'account-forgot-sent');

  const resetPath = await mailedLinkPath(email, 'password_reset');
  expect(resetPath).toMatch(/^\/reset-password\?token=/);
  await page.goto(resetPath);
  await page.getByLabel('Nytt passord').fill(newPassword);
  await page.getByLabel('Gjenta passordet').fill(newPassword);
  await page.getByRole('button', { name: 'Lagre nytt passord' }).click();
  await expect(page.getByText('Passordet er endret.')).toBeVisible();
  await screenshot(page, 'account-reset-done');
  await loginAs(page, email, newPassword);
  await logout(page);

  // A used link says so at once: no password form to fill in vain.
  await page.goto(resetPath);
  await expect(page.getByTestId('link-spent')).toContainText('Lenken er allerede brukt');
  await expect(page.getByLabel('Nytt passord')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Be om ny lenke' })).toBeVisible();
  await screenshot(page, 'account-reset-used-link');
});
