import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { type ErrorMessage, FormAlert, MoneyPipe, Submission, TranslatePipe, describeError } from '@lumen/portal/core';
import { DeskNav } from './desk-nav';
import { ServiceDeskApi } from './service-desk.api';

/** Kroner as typed (`312.5`) to whole øre, rounding away the float's noise (312.5 × 100 = 31250.000000000004). */
function kronerToOre(kroner: number): number {
  return Math.round(kroner * 100);
}

/** The shop admin's service price per started 15 minutes, typed in kroner and stored in øre. */
@Component({
  selector: 'lt-service-settings-page',
  imports: [ReactiveFormsModule, DeskNav, FormAlert, MoneyPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ 'serviceDesk.settings.title' | t }}</h1>
    </div>
    <lt-desk-nav />
    <p class="muted">{{ 'serviceDesk.settings.lead' | t }}</p>
    <lt-form-alert [message]="error()" />
    <section class="card settings">
      <form class="form" [formGroup]="form" (ngSubmit)="save()">
        <div class="field">
          <label for="unit-price">{{ 'serviceDesk.settings.price' | t }}</label>
          <input
            id="unit-price"
            type="number"
            min="0"
            step="0.01"
            inputmode="decimal"
            formControlName="kroner"
            data-testid="unit-price"
          />
          <p class="field-hint">{{ 'serviceDesk.settings.hint' | t }}</p>
          @if (form.controls.kroner.invalid && form.controls.kroner.touched) {
            <p class="field-error">{{ 'serviceDesk.settings.invalid' | t }}</p>
          }
        </div>
        @if (current() !== null) {
          <p class="muted" data-testid="current-price">
            {{ 'serviceDesk.settings.current' | t: { price: (current() | money) } }}
          </p>
        }
        <lt-form-alert [message]="submission.error()" />
        <lt-form-alert [message]="saved()" kind="success" />
        <div class="form-actions">
          <button
            class="btn btn-primary"
            type="submit"
            data-testid="save-settings"
            [disabled]="submission.busy() || current() === null"
          >
            {{ 'serviceDesk.save' | t }}
          </button>
        </div>
      </form>
    </section>
  `,
  styleUrls: ['./desk.css'],
  styles: `
    .settings {
      max-width: 36rem;
    }
  `,
})
export class ServiceSettingsPage {
  private readonly api = inject(ServiceDeskApi);
  protected readonly submission = new Submission();
  protected readonly current = signal<number | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly saved = signal<ErrorMessage | null>(null);
  protected readonly form = new FormGroup({
    kroner: new FormControl<number | null>(null, [
      Validators.required,
      Validators.min(0),
      Validators.pattern(/^\d+(\.\d{1,2})?$/),
    ]),
  });

  constructor() {
    void this.load();
  }

  protected async save(): Promise<void> {
    this.saved.set(null);
    const kroner = this.form.controls.kroner.value ?? 0;
    const ok = await this.submission.run(this.form, async () => {
      const settings = await this.api.saveSettings({ unitPriceOre: kronerToOre(kroner) });
      this.show(settings.unitPriceOre);
    });
    if (ok) this.saved.set({ key: 'serviceDesk.settings.saved' });
  }

  private async load(): Promise<void> {
    try {
      this.show((await this.api.settings()).unitPriceOre);
    } catch (error) {
      this.error.set(describeError(error));
    }
  }

  private show(unitPriceOre: number): void {
    this.current.set(unitPriceOre);
    this.form.reset({ kroner: unitPriceOre / 100 });
  }
}
