import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  AuthStore,
  FieldError,
  FormAlert,
  LocalDatePipe,
  OrganisationNumberPipe,
  Submission,
  TierBadge,
  TranslatePipe,
  TranslationService,
  describeError,
  type ErrorMessage,
} from '@lumen/portal/core';
import type { CompanyProfile } from '@lumen/shared/contracts';
import { PHONE_PATTERN } from '@lumen/shared/domain';
import { CompanyApi } from './company.api';

@Component({
  selector: 'lt-company-profile-page',
  imports: [
    ReactiveFormsModule,
    FieldError,
    FormAlert,
    LocalDatePipe,
    OrganisationNumberPipe,
    TierBadge,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ 'company.profile.title' | t }}</h1>
    </div>
    <lt-form-alert [message]="loadError()" />
    @if (profile(); as company) {
      <section class="card medium">
        <p class="muted">{{ 'company.profile.lead' | t }}</p>
        @if (!company.canOrder && company.status === 'pending_verification') {
          <div class="alert alert-warning" data-testid="cannot-order">{{ 'company.profile.cannotOrder' | t }}</div>
        }
        <dl class="details">
          <dt>{{ 'company.profile.organisationNumber' | t }}</dt>
          <dd>{{ company.organisationNumber | orgNumber }}</dd>
          <dt>{{ 'company.profile.status' | t }}</dt>
          <dd data-testid="company-status">{{ 'companyStatus.' + company.status | t }}</dd>
          <dt>{{ 'company.profile.tier' | t }}</dt>
          <dd><lt-tier-badge [tier]="company.tier" /></dd>
        </dl>
        <form class="form" [formGroup]="form" (ngSubmit)="save()" novalidate>
          @if (saved()) {
            <div class="alert alert-success" role="status">{{ 'company.profile.saved' | t }}</div>
          }
          <lt-form-alert [message]="submission.error()" />
          <div class="field">
            <label for="company-name">{{ 'company.profile.name' | t }}</label>
            <input id="company-name" formControlName="name" autocomplete="organization" />
            <lt-field-error [control]="form.controls.name" field="name" />
          </div>
          <div class="field">
            <label for="company-email">{{ 'company.profile.contactEmail' | t }}</label>
            <input id="company-email" type="email" formControlName="contactEmail" autocomplete="email" />
            <lt-field-error [control]="form.controls.contactEmail" field="email" />
          </div>
          <div class="field">
            <label for="company-phone">{{ 'company.profile.phone' | t }}</label>
            <input id="company-phone" type="tel" formControlName="phone" autocomplete="tel" />
            <lt-field-error [control]="form.controls.phone" field="phone" />
          </div>
          @if (canEdit) {
            <button class="btn btn-primary" type="submit" [disabled]="submission.busy()">
              {{ (submission.busy() ? 'company.profile.busy' : 'company.profile.submit') | t }}
            </button>
          }
        </form>
      </section>

      @if (canRequestDeletion) {
        <section class="card medium deletion" data-testid="deletion">
          <h2>{{ 'company.profile.deletionTitle' | t }}</h2>
          @if (company.deletionRequestedAt) {
            <div class="alert alert-warning" role="status">
              {{ 'company.profile.deletionRequested' | t: { date: (company.deletionRequestedAt | localDate) } }}
            </div>
            <lt-form-alert [message]="deletion.error()" />
            <button
              class="btn btn-secondary"
              type="button"
              data-testid="withdraw-deletion"
              [disabled]="deletion.busy()"
              (click)="withdrawDeletion()"
            >
              {{ 'company.profile.deletionWithdraw' | t }}
            </button>
          } @else {
            <p class="muted">{{ 'company.profile.deletionText' | t }}</p>
            <form class="form" [formGroup]="deletionForm" (ngSubmit)="requestDeletion()">
              <lt-form-alert [message]="deletion.error()" />
              <div class="field">
                <label for="deletion-reason"
                  >{{ 'company.profile.deletionReason' | t }} ({{ 'common.optional' | t }})</label
                >
                <textarea id="deletion-reason" formControlName="reason" rows="2"></textarea>
              </div>
              <button class="btn btn-secondary" type="submit" [disabled]="deletion.busy()">
                {{ 'company.profile.deletionSubmit' | t }}
              </button>
            </form>
          }
        </section>
      }
    }
  `,
  styles: `
    .deletion {
      margin-top: 1.5rem;
    }
    .deletion h2 {
      margin-top: 0;
    }
  `,
})
export class CompanyProfilePage {
  private readonly api = inject(CompanyApi);
  private readonly auth = inject(AuthStore);
  private readonly translations = inject(TranslationService);
  protected readonly profile = signal<CompanyProfile | null>(null);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly saved = signal(false);
  protected readonly submission = new Submission();
  protected readonly deletion = new Submission();
  protected readonly canEdit = this.auth.can('update', 'Company');
  protected readonly canRequestDeletion = this.auth.can('requestDeletion', 'Company');
  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    contactEmail: new FormControl('', { nonNullable: true, validators: [Validators.email] }),
    phone: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(PHONE_PATTERN)],
    }),
  });
  protected readonly deletionForm = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: Validators.maxLength(1000) }),
  });

  constructor() {
    if (!this.canEdit) this.form.disable();
    this.api.profile().then(
      (profile) => this.show(profile),
      (error: unknown) => this.loadError.set(describeError(error)),
    );
  }

  protected async save(): Promise<void> {
    this.saved.set(false);
    const { name, contactEmail, phone } = this.form.getRawValue();
    const request = { name, phone, ...(contactEmail ? { contactEmail } : {}) };
    let updated: CompanyProfile | null = null;
    const ok = await this.submission.run(this.form, async () => (updated = await this.api.updateProfile(request)));
    if (ok && updated) {
      this.show(updated);
      this.saved.set(true);
      // The header shows the company's name from /me.
      await this.auth.loadMe().catch(() => undefined);
    }
  }

  protected async requestDeletion(): Promise<void> {
    if (!confirm(this.translations.translate('company.profile.deletionConfirm'))) return;
    const reason = this.deletionForm.controls.reason.value.trim();
    let updated: CompanyProfile | null = null;
    const ok = await this.deletion.run(this.deletionForm, async () => {
      updated = await this.api.requestDeletion(reason ? { reason } : {});
    });
    if (ok && updated) {
      this.show(updated);
      await this.auth.loadMe().catch(() => undefined);
    }
  }

  protected async withdrawDeletion(): Promise<void> {
    let updated: CompanyProfile | null = null;
    const ok = await this.deletion.run(this.deletionForm, async () => {
      updated = await this.api.withdrawDeletion();
    });
    if (ok && updated) {
      this.show(updated);
      await this.auth.loadMe().catch(() => undefined);
    }
  }

  private show(profile: CompanyProfile): void {
    this.profile.set(profile);
    this.form.patchValue({ name: profile.name, contactEmail: profile.contactEmail ?? '', phone: profile.phone });
  }
}
