import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import type { ApiError, ApiErrorDetail } from '@lumen/shared/contracts';
import type { TranslationParams, TranslationService } from '../i18n/translation.service';

/** A message to show, as a translation key with the API's own words as the last resort. */
export interface ErrorMessage {
  key: string;
  params?: TranslationParams;
  fallback?: string;
}

/** The API's error body, if `error` is an HTTP error that carries one. */
export function apiErrorOf(error: unknown): ApiError | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = error.error;
  if (body && typeof body === 'object' && 'code' in body && typeof body.code === 'string') return body as ApiError;
  return null;
}

/** What went wrong, for the alert above a form: the API's `code`, or what the network did. */
export function describeError(error: unknown): ErrorMessage {
  const api = apiErrorOf(error);
  if (api) return { key: `errors.${api.code}`, fallback: api.message };
  if (error instanceof HttpErrorResponse && error.status === 0) return { key: 'errors.network' };
  return { key: 'errors.unexpected' };
}

/**
 * Puts the API's field errors (`details[].field`, a dotted path such as
 * `company.organisationNumber`) on the matching controls of `form` as an `api` error, so the
 * field shows it until the user edits it. `fieldMap` renames API fields the form calls otherwise.
 * Returns the message for the alert above the form.
 */
export function applyApiErrors(
  form: AbstractControl,
  error: unknown,
  fieldMap: Record<string, string> = {},
): ErrorMessage {
  const api = apiErrorOf(error);
  const details = Array.isArray(api?.details) ? (api.details as ApiErrorDetail[]) : [];
  let placed = 0;
  for (const detail of details) {
    if (!detail.field) continue;
    const control = form.get(fieldMap[detail.field] ?? detail.field);
    if (!control) continue;
    control.setErrors({ ...control.errors, api: { code: detail.code, message: detail.message } });
    control.markAsTouched();
    placed++;
  }
  if (placed > 0 && placed === details.length) return { key: 'errors.check_fields' };
  return describeError(error);
}

/** Angular's validator names, spelled as the API's (class-validator) codes. */
const CODE_OF: Record<string, string> = {
  required: 'isNotEmpty',
  email: 'isEmail',
  minlength: 'minLength',
  maxlength: 'maxLength',
  pattern: 'matches',
};

/**
 * The message for a control's first error: `errors.fields.<field>.<code>` (e.g. a password
 * that is too short) before `errors.detail.<code>`, then the API's own message.
 */
export function fieldErrorMessage(field: string, errors: ValidationErrors | null): ErrorMessage | null {
  if (!errors) return null;
  const [name, value] = Object.entries(errors)[0] ?? [];
  if (!name) return null;
  const api = name === 'api' ? (value as { code: string; message: string }) : null;
  const code = api ? api.code : (CODE_OF[name] ?? name);
  const params: TranslationParams = {};
  if (value && typeof value === 'object' && 'requiredLength' in value)
    params['length'] = Number((value as { requiredLength: number }).requiredLength);
  // The API says "… at least 10 characters": keep its number for our own words.
  else if (api && /^(minLength|maxLength)$/.test(code)) params['length'] = api.message.match(/\d+/)?.[0] ?? '';
  const last = field.split('.').pop() ?? field;
  return { key: `errors.fields.${last}.${code}|errors.detail.${code}`, params, fallback: api?.message };
}

/** Translates an `ErrorMessage`; keys separated by `|` are tried in order. */
export function translateError(translations: TranslationService, message: ErrorMessage): string {
  for (const key of message.key.split('|')) {
    if (translations.has(key)) return translations.translate(key, message.params);
  }
  return message.fallback ?? translations.translate('errors.unexpected');
}
