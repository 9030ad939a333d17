import { signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { type ErrorMessage, applyApiErrors } from './api-errors';

/**
 * The life of a form's submit button: refuses an invalid form (showing its errors), shows
 * progress while the request runs, and puts the API's field errors on the fields.
 *
 *   protected readonly submission = new Submission();
 *   async submit() { if (await this.submission.run(this.form, () => this.api.save(...))) … }
 *   <button [disabled]="submission.busy()">  <lt-form-alert [message]="submission.error()" />
 */
export class Submission {
  readonly busy = signal(false);
  readonly error = signal<ErrorMessage | null>(null);

  /** True when `action` succeeded. */
  async run(
    form: AbstractControl,
    action: () => Promise<unknown>,
    fieldMap?: Record<string, string>,
  ): Promise<boolean> {
    if (this.busy()) return false;
    if (form.invalid) {
      form.markAllAsTouched();
      this.error.set({ key: 'errors.check_fields' });
      return false;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
      return true;
    } catch (error) {
      this.error.set(applyApiErrors(form, error, fieldMap));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
