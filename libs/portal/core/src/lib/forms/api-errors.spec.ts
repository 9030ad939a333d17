import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import { CORE_TRANSLATIONS } from '../i18n/core.translations';
import { TranslationService } from '../i18n/translation.service';
import { applyApiErrors, fieldErrorMessage, translateError } from './api-errors';

const apiError = (status: number, body: unknown) => new HttpErrorResponse({ status, error: body });

describe('API errors in forms', () => {
  let translations: TranslationService;
  const form = () =>
    new FormGroup({
      company: new FormGroup({ organisationNumber: new FormControl('123456789') }),
      user: new FormGroup({
        email: new FormControl('a@b.no'),
        passwords: new FormGroup({ password: new FormControl('x') }),
      }),
    });

  const fieldText = (field: string, errors: ValidationErrors | null): string => {
    const message = fieldErrorMessage(field, errors);
    if (!message) throw new Error(`no error on ${field}`);
    return translateError(translations, message);
  };

  beforeEach(() => {
    localStorage.clear();
    translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
  });

  it('puts each detail on the field named by its dotted path, renamed where the form differs', () => {
    const f = form();
    const message = applyApiErrors(
      f,
      apiError(400, {
        statusCode: 400,
        code: 'validation_failed',
        message: 'Check these fields',
        details: [
          { field: 'company.organisationNumber', code: 'organisationNumber', message: 'bad' },
          { field: 'user.password', code: 'minLength', message: 'password must be at least 10 characters' },
        ],
      }),
      { 'user.password': 'user.passwords.password' },
    );
    expect(message.key).toBe('errors.check_fields');
    const orgNr = f.get('company.organisationNumber');
    expect(orgNr?.touched).toBe(true);
    expect(fieldText('organisationNumber', orgNr?.errors ?? null)).toBe(
      'Ugyldig organisasjonsnummer (9 siffer med gyldig kontrollsiffer).',
    );
    const password = f.get('user.passwords.password');
    translations.setLocale('en');
    expect(fieldText('password', password?.errors ?? null)).toBe('The password must have at least 10 characters.');
  });

  it('explains an error without field details by its code, in the chosen language', () => {
    const message = applyApiErrors(
      form(),
      apiError(409, { statusCode: 409, code: 'email_taken', message: 'An account with this e-mail already exists' }),
    );
    expect(translateError(translations, message)).toBe('Det finnes allerede en konto med denne e-postadressen.');
  });

  it('falls back to the API’s own words for a code the portal does not know', () => {
    const message = applyApiErrors(
      form(),
      apiError(422, { statusCode: 422, code: 'brand_new_rule', message: 'Something specific' }),
    );
    expect(translateError(translations, message)).toBe('Something specific');
  });

  it('says so when the server cannot be reached', () => {
    const message = applyApiErrors(form(), new HttpErrorResponse({ status: 0 }));
    expect(translateError(translations, message)).toContain('Får ikke kontakt med serveren');
  });

  it('words client-side validators like the API’s codes', () => {
    const email = new FormControl('not-an-email', Validators.email);
    expect(fieldText('email', email.errors)).toBe('Skriv en gyldig e-postadresse.');
    const name = new FormControl('ab', Validators.minLength(3));
    expect(fieldText('name', name.errors)).toBe('For kort – minst 3 tegn.');
  });
});
