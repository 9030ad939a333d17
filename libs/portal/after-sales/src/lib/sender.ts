import { signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { type ErrorMessage, type Locale, applyApiErrors } from '@lumen/portal/core';
import { type Observable, lastValueFrom, tap } from 'rxjs';
import type { UploadProgress } from '@lumen/portal/core';
import { describeAfterSalesError } from './window-error';

/**
 * The life of an after-sales form's submit, like core's `Submission`, plus what these forms
 * need: the upload's progress while files go, and a refused window's text with the day it
 * closed (`describeAfterSalesError`). Field errors from the API land on the fields.
 */
export class Sender {
  readonly busy = signal(false);
  readonly error = signal<ErrorMessage | null>(null);
  readonly progress = signal<UploadProgress<unknown> | null>(null);

  constructor(private readonly locale: () => Locale) {}

  /** The answer, or null when the form was invalid or the API refused (the reason is in `error`). */
  async run<T>(form: AbstractControl, send: () => Promise<T> | Observable<UploadProgress<T>>): Promise<T | null> {
    if (this.busy()) return null;
    if (form.invalid) {
      form.markAllAsTouched();
      this.error.set({ key: 'errors.check_fields' });
      return null;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const sending = send();
      if (sending instanceof Promise) return await sending;
      const last = await lastValueFrom(sending.pipe(tap((state) => this.progress.set(state))));
      return last.phase === 'done' ? last.result : null;
    } catch (error) {
      const message = applyApiErrors(form, error);
      this.error.set(message.key === 'errors.check_fields' ? message : describeAfterSalesError(error, this.locale()));
      return null;
    } finally {
      this.busy.set(false);
      this.progress.set(null);
    }
  }
}
