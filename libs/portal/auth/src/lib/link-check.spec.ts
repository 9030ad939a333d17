import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import { AcceptInvitationPage } from './accept-invitation.page';
import { AUTH_TRANSLATIONS } from './auth.translations';
import { ResetPasswordPage } from './reset-password.page';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('pages opened from an e-mailed link', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(AUTH_TRANSLATIONS);
  });
  afterEach(() => http.verify());

  async function open(page: typeof ResetPasswordPage | typeof AcceptInvitationPage, answer: 'usable' | 'spent') {
    const fixture = TestBed.createComponent(page);
    fixture.componentRef.setInput('token', 'token-from-mail');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('form')).toBeNull();
    const check = http.expectOne({ method: 'POST', url: '/api/auth/links/check' });
    if (answer === 'usable') check.flush(null, { status: 204, statusText: 'No Content' });
    else
      check.flush(
        { statusCode: 400, code: 'invalid_token', message: 'This link is invalid, used or expired' },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    await fixture.whenStable();
    return { element, body: check.request.body };
  }

  it('says a used reset link is used before asking for a password, and offers a new one', async () => {
    const { element, body } = await open(ResetPasswordPage, 'spent');
    expect(body).toEqual({ token: 'token-from-mail', purpose: 'password_reset' });
    expect(element.querySelector('[data-testid=link-spent]')?.textContent).toContain('allerede brukt');
    expect(element.querySelector('form')).toBeNull();
    expect(element.querySelector('a[href="/forgot-password"]')).not.toBeNull();
  });

  it('shows the password form for a link that still works', async () => {
    const { element, body } = await open(AcceptInvitationPage, 'usable');
    expect(body).toEqual({ token: 'token-from-mail', purpose: 'invitation' });
    expect(element.querySelector('form')).not.toBeNull();
    expect(element.querySelector('[data-testid=link-spent]')).toBeNull();
  });

  it('says a used invitation is used, and points to the login', async () => {
    const { element } = await open(AcceptInvitationPage, 'spent');
    expect(element.querySelector('[data-testid=link-spent]')?.textContent).toContain('Invitasjonen er allerede brukt');
    expect(element.querySelector('a[href="/login"]')).not.toBeNull();
  });
});
