import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type ErrorMessage, translateError } from '../forms/api-errors';
import { TranslationService } from '../i18n/translation.service';

/** A message box above or below a form: `<lt-form-alert [message]="error()" />`. */
@Component({
  selector: 'lt-form-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (text(); as text) {
    <div
      class="alert"
      [class.alert-error]="kind() === 'error'"
      [class.alert-success]="kind() === 'success'"
      [class.alert-info]="kind() === 'info'"
      [attr.role]="kind() === 'error' ? 'alert' : 'status'"
    >
      {{ text }}
    </div>
  }`,
})
export class FormAlert {
  private readonly translations = inject(TranslationService);
  readonly message = input<ErrorMessage | null>(null);
  readonly kind = input<'error' | 'success' | 'info'>('error');

  protected readonly text = computed(() => {
    const message = this.message();
    return message ? translateError(this.translations, message) : null;
  });
}
