import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore, CORE_TRANSLATIONS, formatDateTime, TranslationService } from '@lumen/portal/core';
import { AUTH_TRANSLATIONS } from './auth.translations';
import { LoginPage } from './login.page';

const LOCKED_UNTIL = '2026-11-22T14:05:00.000Z';

const refused = (details: unknown) =>
  new HttpErrorResponse({
    status: 429,
    error: { statusCode: 429, code: 'too_many_login_attempts', message: 'Too many failed logins', details },
  });

describe('LoginPage', () => {
  let login: jest.Mock;
  let translations: TranslationService;

  beforeEach(() => {
    localStorage.clear();
    login = jest.fn();
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [provideRouter([]), { provide: AuthStore, useValue: { login } }],
    });
    translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(AUTH_TRANSLATIONS);
  });

  async function submitLogin() {
    const fixture = TestBed.createComponent(LoginPage);
    const element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    for (const [id, value] of [
      ['login-email', 'buyer@nordlys.test'],
      ['login-password', 'wrong-password'],
    ]) {
      const input = element.querySelector<HTMLInputElement>(`#${id}`);
      if (!input) throw new Error(`no #${id}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    return { element, fixture };
  }

  const alertText = (element: HTMLElement) => element.querySelector('[role="alert"]')?.textContent?.trim();

  it('says the account is locked from here and until when, in Norwegian and in English', async () => {
    login.mockRejectedValue(refused({ scope: 'account', lockedUntil: LOCKED_UNTIL, retryAfter: 900 }));
    const { element, fixture } = await submitLogin();

    expect(alertText(element)).toBe(
      `For mange mislykkede innlogginger på denne kontoen herfra. Innlogging på kontoen fra dette nettverket er sperret til ${formatDateTime(LOCKED_UNTIL, 'nb')}.`,
    );
    translations.setLocale('en');
    await fixture.whenStable();
    expect(alertText(element)).toBe(
      `Too many failed logins to this account from here. Logging in to it from this network is locked until ${formatDateTime(LOCKED_UNTIL, 'en')}.`,
    );
  });

  it('says when the whole network is locked', async () => {
    login.mockRejectedValue(refused({ scope: 'address', lockedUntil: LOCKED_UNTIL, retryAfter: 900 }));
    expect(alertText((await submitLogin()).element)).toBe(
      `For mange mislykkede innlogginger fra nettverket ditt. All innlogging herfra er sperret til ${formatDateTime(LOCKED_UNTIL, 'nb')}.`,
    );
  });

  it('falls back to the general text when the API does not say until when', async () => {
    login.mockRejectedValue(refused(undefined));
    expect(alertText((await submitLogin()).element)).toBe(translations.translate('errors.too_many_login_attempts'));
  });

  it('shows other failures as before', async () => {
    login.mockRejectedValue(
      new HttpErrorResponse({
        status: 401,
        error: { statusCode: 401, code: 'invalid_credentials', message: 'The e-mail or the password is wrong' },
      }),
    );
    expect(alertText((await submitLogin()).element)).toBe('Feil e-postadresse eller passord.');
  });

  it('tells a deactivated employee why, and whom to ask, instead of "wrong password"', async () => {
    login.mockRejectedValue(
      new HttpErrorResponse({
        status: 403,
        error: { statusCode: 403, code: 'account_deactivated', message: 'Your account is deactivated.' },
      }),
    );
    expect(alertText((await submitLogin()).element)).toBe(
      'Kontoen din er deaktivert. Be firmaets administrator om å aktivere den igjen.',
    );
  });
});
