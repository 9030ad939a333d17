import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { type ErrorMessage, FieldError, FormAlert, Submission, TranslatePipe, describeError } from '@lumen/portal/core';
import {
  CARRIERS,
  type Carrier,
  type FulfilmentSettings,
  REMINDER_AFTER_DAYS_MAX,
  TRACKING_PLACEHOLDER,
} from '@lumen/shared/contracts';
import { FulfilmentApi } from './fulfilment.api';

/** A tracking page needs the number in it: a template without the placeholder links nowhere useful. */
const trackingTemplate = (control: AbstractControl<string>) => {
  const value = control.value ?? '';
  if (!/^https:\/\/\S+$/.test(value)) return { trackingUrl: true };
  return value.includes(TRACKING_PLACEHOLDER) ? null : { trackingPlaceholder: true };
};

const EXAMPLE_TRACKING_NUMBER = '70730259304981234';

/** The shop admin's carrier tracking-URL templates and the reminder's day count. */
@Component({
  selector: 'lt-fulfilment-settings-page',
  imports: [ReactiveFormsModule, FieldError, FormAlert, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './fulfilment-settings.page.html',
  styles: `
    .card {
      max-width: 48rem;
    }
    .preview {
      font-size: 0.8rem;
      overflow-wrap: anywhere;
    }
  `,
})
export class FulfilmentSettingsPage {
  private readonly api = inject(FulfilmentApi);
  protected readonly carriers = CARRIERS;
  protected readonly placeholder = TRACKING_PLACEHOLDER;
  protected readonly reminderMax = REMINDER_AFTER_DAYS_MAX;
  protected readonly submission = new Submission();
  protected readonly loaded = signal(false);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly saved = signal<ErrorMessage | null>(null);
  protected readonly templates = new FormGroup(
    Object.fromEntries(
      CARRIERS.map((carrier) => [carrier, new FormControl('', { nonNullable: true, validators: [trackingTemplate] })]),
    ) as Record<Carrier, FormControl<string>>,
  );
  protected readonly form = new FormGroup({
    trackingUrlTemplates: this.templates,
    reminderAfterDays: new FormControl(14, {
      nonNullable: true,
      validators: [Validators.required, Validators.min(1), Validators.max(REMINDER_AFTER_DAYS_MAX)],
    }),
  });

  constructor() {
    void this.load();
  }

  private readonly typed = toSignal(this.templates.valueChanges);

  /** What the link of a shipment would be, with a made-up number; follows the typing. */
  protected preview(carrier: Carrier): string {
    const template = this.typed()?.[carrier] ?? this.templates.controls[carrier].value;
    return template.replace(TRACKING_PLACEHOLDER, EXAMPLE_TRACKING_NUMBER);
  }

  protected async save(): Promise<void> {
    this.saved.set(null);
    const settings: FulfilmentSettings = this.form.getRawValue();
    if (await this.submission.run(this.form, async () => this.form.reset(await this.api.saveSettings(settings))))
      this.saved.set({ key: 'staff.settings.saved' });
  }

  private async load(): Promise<void> {
    try {
      this.form.reset(await this.api.settings());
      this.loaded.set(true);
    } catch (error) {
      this.error.set(describeError(error));
    }
  }
}
