import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  AuthStore,
  FieldError,
  FormAlert,
  Submission,
  TranslatePipe,
  TranslationService,
  describeError,
  type ErrorMessage,
  postalCodeOfCountry,
} from '@lumen/portal/core';
import { type CompanyAddress, DELIVERY_COUNTRIES, type DeliveryCountry } from '@lumen/shared/contracts';
import { PHONE_PATTERN } from '@lumen/shared/domain';
import { CompanyApi } from './company.api';

/** The address book: billing address, delivery addresses with one default, add/edit/delete. */
@Component({
  selector: 'lt-company-addresses-page',
  imports: [ReactiveFormsModule, FieldError, FormAlert, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ 'company.addresses.title' | t }}</h1>
    </div>
    <p class="muted">{{ 'company.addresses.lead' | t }}</p>
    <lt-form-alert [message]="notice()" [kind]="noticeKind()" />
    <div class="grid">
      @if (billing(); as address) {
        <section class="card" data-testid="billing-address">
          <h2>{{ 'company.addresses.billing' | t }}</h2>
          <address>{{ lines(address) }}</address>
          @if (canEdit) {
            <button class="btn btn-secondary" type="button" (click)="edit(address)">
              {{ 'company.addresses.edit' | t }}
            </button>
          }
        </section>
      }
      <section class="card">
        <h2>{{ 'company.addresses.delivery' | t }}</h2>
        @for (address of deliveries(); track address.id) {
          <article class="address" data-testid="delivery-address">
            <strong>{{ address.label || address.line1 }}</strong>
            @if (address.isDefault) {
              <span class="badge">{{ 'company.addresses.default' | t }}</span>
            }
            <address>{{ lines(address) }}</address>
            @if (address.recipientName || address.recipientPhone) {
              <p class="recipient" data-testid="address-recipient">
                {{ 'company.addresses.recipient' | t }}{{ 'common.colon' | t }} {{ address.recipientName }}
                {{ address.recipientPhone }}
              </p>
            }
            @if (canEdit) {
              <div class="actions">
                <button class="btn btn-secondary" type="button" (click)="edit(address)">
                  {{ 'company.addresses.edit' | t }}
                </button>
                @if (!address.isDefault) {
                  <button class="btn btn-secondary" type="button" (click)="makeDefault(address)">
                    {{ 'company.addresses.makeDefault' | t }}
                  </button>
                }
                <button class="btn btn-secondary" type="button" (click)="remove(address)">
                  {{ 'company.addresses.delete' | t }}
                </button>
              </div>
            }
          </article>
        } @empty {
          <p class="muted">{{ 'company.addresses.none' | t }}</p>
        }
      </section>
    </div>

    @if (canEdit) {
      <section class="card medium editor">
        <h2>{{ (editing() ? 'company.addresses.edit' : 'company.addresses.add') | t }}</h2>
        <form class="form" [formGroup]="form" (ngSubmit)="save()" novalidate>
          <lt-form-alert [message]="submission.error()" />
          @if (editing()?.kind !== 'billing') {
            <div class="field">
              <label for="address-label">{{ 'company.addresses.label' | t }} ({{ 'common.optional' | t }})</label>
              <input id="address-label" formControlName="label" />
              <p class="field-hint">{{ 'company.addresses.labelHint' | t }}</p>
            </div>
          }
          <div class="field">
            <label for="address-line1">{{ 'company.addresses.line1' | t }}</label>
            <input id="address-line1" formControlName="line1" autocomplete="address-line1" />
            <lt-field-error [control]="form.controls.line1" field="line1" />
          </div>
          <div class="field">
            <label for="address-line2">{{ 'company.addresses.line2' | t }} ({{ 'common.optional' | t }})</label>
            <input id="address-line2" formControlName="line2" autocomplete="address-line2" />
          </div>
          <div class="form-row">
            <div class="field">
              <label for="address-postal">{{ 'company.addresses.postalCode' | t }}</label>
              <input id="address-postal" formControlName="postalCode" autocomplete="postal-code" />
              <lt-field-error [control]="form.controls.postalCode" field="postalCode" />
            </div>
            <div class="field">
              <label for="address-city">{{ 'company.addresses.city' | t }}</label>
              <input id="address-city" formControlName="city" autocomplete="address-level2" />
              <lt-field-error [control]="form.controls.city" field="city" />
            </div>
          </div>
          <div class="field">
            <label for="address-country">{{ 'company.addresses.country' | t }}</label>
            <select id="address-country" formControlName="country">
              @for (country of countries(); track country.code) {
                <option [value]="country.code">{{ country.name }}</option>
              }
            </select>
            <lt-field-error [control]="form.controls.country" field="country" />
          </div>
          @if (editing()?.kind !== 'billing') {
            <fieldset>
              <legend>{{ 'company.addresses.recipientTitle' | t }}</legend>
              <p class="field-hint">{{ 'company.addresses.recipientHint' | t }}</p>
              <div class="form-row">
                <div class="field">
                  <label for="address-recipient-name"
                    >{{ 'company.addresses.recipientName' | t }} ({{ 'common.optional' | t }})</label
                  >
                  <input id="address-recipient-name" formControlName="recipientName" autocomplete="name" />
                  <lt-field-error [control]="form.controls.recipientName" field="recipientName" />
                </div>
                <div class="field">
                  <label for="address-recipient-phone"
                    >{{ 'company.addresses.recipientPhone' | t }} ({{ 'common.optional' | t }})</label
                  >
                  <input id="address-recipient-phone" type="tel" formControlName="recipientPhone" autocomplete="tel" />
                  <lt-field-error [control]="form.controls.recipientPhone" field="phone" />
                </div>
              </div>
            </fieldset>
          }
          @if (editing()?.kind !== 'billing' && !editing()?.isDefault) {
            <label class="choice"
              ><input type="checkbox" formControlName="isDefault" /> {{ 'company.addresses.isDefault' | t }}</label
            >
          }
          <div class="form-actions">
            <button class="btn btn-primary" type="submit" [disabled]="submission.busy()">
              {{ 'company.addresses.save' | t }}
            </button>
            @if (editing()) {
              <button class="btn btn-secondary" type="button" (click)="reset()">{{ 'common.cancel' | t }}</button>
            }
          </div>
        </form>
      </section>
    }
  `,
  styles: `
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      gap: 1.25rem;
      align-items: start;
    }
    h2 {
      margin-top: 0;
    }
    .recipient {
      margin: 0.3rem 0 0;
      color: var(--text-muted);
    }
    address {
      font-style: normal;
      white-space: pre-line;
      margin: 0.25rem 0 0.75rem;
    }
    .address + .address {
      border-top: 1px solid var(--border, #d9dde3);
      padding-top: 0.75rem;
    }
    .badge {
      margin-left: 0.5rem;
      font-size: 0.75rem;
      padding: 0.1rem 0.5rem;
      border-radius: 999px;
      background: var(--accent);
      color: #fff;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
      margin-bottom: 0.75rem;
    }
    .editor {
      margin-top: 1.5rem;
    }
  `,
})
export class CompanyAddressesPage {
  private readonly api = inject(CompanyApi);
  private readonly translations = inject(TranslationService);
  protected readonly canEdit = inject(AuthStore).can('update', 'Address');
  protected readonly addresses = signal<CompanyAddress[]>([]);
  protected readonly billing = computed(() => this.addresses().find((a) => a.kind === 'billing') ?? null);
  protected readonly deliveries = computed(() => this.addresses().filter((a) => a.kind === 'delivery'));
  protected readonly editing = signal<CompanyAddress | null>(null);
  protected readonly notice = signal<ErrorMessage | null>(null);
  protected readonly noticeKind = signal<'error' | 'success'>('success');
  protected readonly submission = new Submission();
  protected readonly form = new FormGroup({
    label: new FormControl('', { nonNullable: true, validators: Validators.maxLength(100) }),
    line1: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    line2: new FormControl('', { nonNullable: true, validators: Validators.maxLength(200) }),
    postalCode: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(20), postalCodeOfCountry],
    }),
    city: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] }),
    country: new FormControl<DeliveryCountry>('NO', { nonNullable: true }),
    isDefault: new FormControl(false, { nonNullable: true }),
    recipientName: new FormControl('', { nonNullable: true, validators: Validators.maxLength(100) }),
    recipientPhone: new FormControl('', { nonNullable: true, validators: Validators.pattern(PHONE_PATTERN) }),
  });

  /** Delivery countries by their name in the chosen language, Norway first. */
  protected readonly countries = computed(() => {
    const names = new Intl.DisplayNames([this.translations.intlLocale()], { type: 'region' });
    return DELIVERY_COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
      a.code === 'NO' ? -1 : b.code === 'NO' ? 1 : a.name.localeCompare(b.name),
    );
  });

  constructor() {
    void this.load();
    // The postcode's format is the country's: choosing another country checks it again.
    this.form.controls.country.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.postalCode.updateValueAndValidity());
  }

  protected lines(address: CompanyAddress): string {
    const country = this.countries().find((c) => c.code === address.country)?.name ?? address.country;
    return [address.line1, address.line2, `${address.postalCode} ${address.city}`, country].filter(Boolean).join('\n');
  }

  protected edit(address: CompanyAddress): void {
    this.editing.set(address);
    this.form.reset({
      label: address.label ?? '',
      line1: address.line1,
      line2: address.line2 ?? '',
      postalCode: address.postalCode,
      city: address.city,
      country: address.country,
      isDefault: address.isDefault,
      recipientName: address.recipientName ?? '',
      recipientPhone: address.recipientPhone ?? '',
    });
  }

  protected reset(): void {
    this.editing.set(null);
    this.form.reset();
  }

  protected async save(): Promise<void> {
    const editing = this.editing();
    const { label, line1, line2, postalCode, city, country, isDefault, recipientName, recipientPhone } =
      this.form.getRawValue();
    const fields = { line1, line2: line2 || undefined, postalCode, city, country };
    // An emptied recipient is cleared (null) on an edit, and simply left out of a new address.
    const recipient = editing
      ? { recipientName: recipientName.trim() || null, recipientPhone: recipientPhone.trim() || null }
      : { recipientName: recipientName.trim() || undefined, recipientPhone: recipientPhone.trim() || undefined };
    const delivery = { ...fields, ...recipient, label: label || undefined, ...(isDefault ? { isDefault: true } : {}) };
    const ok = await this.submission.run(this.form, () =>
      editing
        ? this.api.updateAddress(editing.id, editing.kind === 'billing' ? fields : delivery)
        : this.api.createAddress(delivery),
    );
    if (ok) {
      this.reset();
      this.say({ key: 'company.addresses.saved' }, 'success');
      await this.load();
    }
  }

  protected async makeDefault(address: CompanyAddress): Promise<void> {
    await this.act(() => this.api.updateAddress(address.id, { isDefault: true }), 'company.addresses.saved');
  }

  protected async remove(address: CompanyAddress): Promise<void> {
    const label = address.label || address.line1;
    if (!confirm(this.translations.translate('company.addresses.confirmDelete', { label }))) return;
    await this.act(() => this.api.deleteAddress(address.id), 'company.addresses.deleted');
  }

  private async act(action: () => Promise<unknown>, done: string): Promise<void> {
    try {
      await action();
      this.say({ key: done }, 'success');
      await this.load();
    } catch (error) {
      this.say(describeError(error), 'error');
    }
  }

  private say(message: ErrorMessage, kind: 'error' | 'success'): void {
    this.noticeKind.set(kind);
    this.notice.set(message);
  }

  private async load(): Promise<void> {
    try {
      this.addresses.set(await this.api.addresses());
    } catch (error) {
      this.say(describeError(error), 'error');
    }
  }
}
