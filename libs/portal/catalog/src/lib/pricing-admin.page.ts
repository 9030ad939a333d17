import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  AuthStore,
  FieldError,
  FormAlert,
  OrganisationNumberPipe,
  Submission,
  TierBadge,
  TranslatePipe,
  TranslationService,
  describeError,
  type ErrorMessage,
} from '@lumen/portal/core';
import { LOYALTY_TIERS, type LoyaltyTier, type StaffCompany } from '@lumen/shared/contracts';
import { debounceTime } from 'rxjs';
import { CatalogApi } from './catalog.api';

const percent = () =>
  new FormControl(0, {
    nonNullable: true,
    validators: [Validators.required, Validators.min(0), Validators.max(99.99)],
  });

/** Staff: the three tier percentages (shop admin edits) and a company's tier with a reason. */
@Component({
  selector: 'lt-pricing-admin-page',
  imports: [ReactiveFormsModule, FieldError, FormAlert, OrganisationNumberPipe, TierBadge, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ 'pricingAdmin.title' | t }}</h1>
    </div>
    <lt-form-alert [message]="loadError()" />
    <section class="card medium">
      <h2>{{ 'pricingAdmin.companyTitle' | t }}</h2>
      <p class="muted">{{ 'pricingAdmin.companyLead' | t }}</p>
      <div class="field">
        <label for="tier-company-search">{{ 'pricingAdmin.companySearch' | t }}</label>
        <input id="tier-company-search" type="search" [formControl]="companySearch" data-testid="tier-company-search" />
      </div>
      <ul class="companies" data-testid="tier-companies">
        @for (company of companies(); track company.id) {
          <li [class.selected]="selected()?.id === company.id" [attr.data-company]="company.name">
            <span
              >{{ company.name }} <span class="muted">({{ company.organisationNumber | orgNumber }})</span></span
            >
            <lt-tier-badge [tier]="company.tier" />
            <button class="btn btn-secondary" type="button" (click)="choose(company)">
              {{ 'pricingAdmin.choose' | t }}
            </button>
          </li>
        } @empty {
          <li class="muted">{{ 'pricingAdmin.noCompanies' | t }}</li>
        }
      </ul>
      @if (selected(); as company) {
        <form class="form" [formGroup]="tierForm" (ngSubmit)="changeTier(company)" novalidate data-testid="tier-form">
          @if (changed()) {
            <div class="alert alert-success" role="status" data-testid="tier-changed">{{ changed() }}</div>
          }
          <lt-form-alert [message]="tierSubmission.error()" />
          <p>
            <strong>{{ company.name }}</strong> – {{ 'pricingAdmin.currentTier' | t }}{{ 'common.colon' | t }}
            <lt-tier-badge [tier]="company.tier" />
          </p>
          <div class="field">
            <label for="new-tier">{{ 'pricingAdmin.newTier' | t }}</label>
            <select id="new-tier" formControlName="tier">
              @for (tier of tiers; track tier) {
                <option [value]="tier">{{ 'tiers.' + tier | t }}</option>
              }
            </select>
          </div>
          <div class="field">
            <label for="tier-reason">{{ 'pricingAdmin.reason' | t }}</label>
            <textarea id="tier-reason" rows="2" formControlName="reason"></textarea>
            <lt-field-error [control]="tierForm.controls.reason" field="reason" />
          </div>
          <button class="btn btn-primary" type="submit" [disabled]="tierSubmission.busy()">
            {{ 'pricingAdmin.changeTier' | t }}
          </button>
        </form>
      }
    </section>

    <section class="card medium">
      <h2>{{ 'pricingAdmin.tiersTitle' | t }}</h2>
      <p class="muted">{{ 'pricingAdmin.tiersLead' | t }}</p>
      @if (!canEditTiers) {
        <p class="muted">{{ 'pricingAdmin.tiersReadOnly' | t }}</p>
      }
      <form class="form" [formGroup]="discountForm" (ngSubmit)="saveDiscounts()" novalidate data-testid="discount-form">
        @if (discountsSaved()) {
          <div class="alert alert-success" role="status">{{ 'pricingAdmin.tiersSaved' | t }}</div>
        }
        <lt-form-alert [message]="discountSubmission.error()" />
        <div class="tiers">
          @for (tier of tiers; track tier) {
            <div class="field">
              <label [for]="'discount-' + tier">{{
                'pricingAdmin.percent' | t: { tier: ('tiers.' + tier | t) }
              }}</label>
              <input [id]="'discount-' + tier" type="number" step="0.01" min="0" max="99.99" [formControlName]="tier" />
              <lt-field-error [control]="discountForm.controls[tier]" [field]="tier" />
            </div>
          }
        </div>
        @if (canEditTiers) {
          <button class="btn btn-primary" type="submit" [disabled]="discountSubmission.busy()">
            {{ 'pricingAdmin.saveTiers' | t }}
          </button>
        }
      </form>
    </section>
  `,
  styles: `
    .companies {
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
    }
    .companies li {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      justify-content: space-between;
      padding: 0.4rem 0;
      border-bottom: 1px solid var(--border, #d9dde3);
    }
    .companies li.selected {
      font-weight: 600;
    }
    .tiers {
      display: flex;
      gap: 1rem;
      flex-wrap: wrap;
    }
  `,
})
export class PricingAdminPage {
  private readonly api = inject(CatalogApi);
  private readonly translations = inject(TranslationService);
  protected readonly tiers = LOYALTY_TIERS;
  protected readonly canEditTiers = inject(AuthStore).can('update', 'PriceSettings');
  protected readonly companies = signal<StaffCompany[]>([]);
  protected readonly selected = signal<StaffCompany | null>(null);
  protected readonly changed = signal<string | null>(null);
  protected readonly discountsSaved = signal(false);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly tierSubmission = new Submission();
  protected readonly discountSubmission = new Submission();

  protected readonly companySearch = new FormControl('', { nonNullable: true });
  protected readonly tierForm = new FormGroup({
    tier: new FormControl<LoyaltyTier>('silver', { nonNullable: true }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(3), Validators.maxLength(500)],
    }),
  });
  protected readonly discountForm = new FormGroup({ silver: percent(), gold: percent(), platinum: percent() });

  constructor() {
    if (!this.canEditTiers) this.discountForm.disable();
    void this.loadDiscounts();
    void this.searchCompanies('');
    this.companySearch.valueChanges
      .pipe(debounceTime(250), takeUntilDestroyed())
      .subscribe((q) => void this.searchCompanies(q));
  }

  protected choose(company: StaffCompany): void {
    this.selected.set(company);
    this.changed.set(null);
    this.tierForm.reset({ tier: company.tier, reason: '' });
  }

  protected async changeTier(company: StaffCompany): Promise<void> {
    const { tier, reason } = this.tierForm.getRawValue();
    const done = await this.tierSubmission.run(this.tierForm, () =>
      this.api.changeTier(company.id, { tier, reason: reason.trim() }),
    );
    if (!done) return;
    const updated = { ...company, tier };
    this.selected.set(updated);
    this.companies.update((list) => list.map((one) => (one.id === company.id ? updated : one)));
    this.changed.set(
      this.translations.translate('pricingAdmin.tierChanged', {
        name: company.name,
        tier: this.translations.translate(`tiers.${tier}`),
      }),
    );
    this.tierForm.controls.reason.reset('');
  }

  protected async saveDiscounts(): Promise<void> {
    this.discountsSaved.set(false);
    const saved = await this.discountSubmission.run(this.discountForm, async () =>
      this.discountForm.reset(await this.api.updateTierDiscounts(this.discountForm.getRawValue())),
    );
    this.discountsSaved.set(saved);
  }

  private async loadDiscounts(): Promise<void> {
    try {
      this.discountForm.reset(await this.api.tierDiscounts());
    } catch (error) {
      this.loadError.set(describeError(error));
    }
  }

  private async searchCompanies(q: string): Promise<void> {
    try {
      // An erased company orders no more: its tier is history, not something to change.
      this.companies.set((await this.api.companies(q.trim())).items.filter((company) => company.status !== 'deleted'));
    } catch (error) {
      this.loadError.set(describeError(error));
    }
  }
}
