import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { AbstractControl } from '@angular/forms';
import { map, startWith, switchMap } from 'rxjs';
import { fieldErrorMessage, translateError } from '../forms/api-errors';
import { TranslationService } from '../i18n/translation.service';

/**
 * The message under a form field, from a client-side validator or the API
 * (`applyApiErrors`), once the field was touched:
 * `<lt-field-error [control]="form.controls.email" field="email" />`.
 */
@Component({
  selector: 'lt-field-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (message(); as text) {
    <p class="field-error" role="alert">{{ text }}</p>
  }`,
})
export class FieldError {
  private readonly translations = inject(TranslationService);
  readonly control = input.required<AbstractControl>();
  /** The field's name as the API calls it; picks field-specific messages. */
  readonly field = input('');

  private readonly state = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) =>
        control.events.pipe(
          startWith(null),
          map(() => (control.touched ? control.errors : null)),
        ),
      ),
    ),
    { initialValue: null },
  );

  protected readonly message = computed(() => {
    const error = fieldErrorMessage(this.field(), this.state());
    return error ? translateError(this.translations, error) : null;
  });
}
