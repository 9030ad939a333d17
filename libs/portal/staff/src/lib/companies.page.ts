import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  AuthStore,
  FormAlert,
  LocalDatePipe,
  OrganisationNumberPipe,
  Pager,
  TierBadge,
  TranslatePipe,
  TranslationService,
  describeError,
  type ErrorMessage,
} from '@lumen/portal/core';
import {
  COMPANY_STATUSES,
  type CompanyStatus,
  LOYALTY_TIERS,
  type LoyaltyTier,
  type StaffCompany,
  type StaffCompanyPage,
} from '@lumen/shared/contracts';
import { debounceTime } from 'rxjs';
import { StaffApi } from './staff.api';

const PAGE_SIZE = 25;

/** Every company for the staff: search, filter by status and tier, verify, carry out deletion. */
@Component({
  selector: 'lt-staff-companies-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    FormAlert,
    LocalDatePipe,
    OrganisationNumberPipe,
    Pager,
    TierBadge,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ 'staff.companies.title' | t }}</h1>
    </div>
    <p class="muted">{{ 'staff.companies.lead' | t }}</p>
    <form class="filters" [formGroup]="filters" role="search" (ngSubmit)="load(1)">
      <div class="field grow">
        <label for="company-search">{{ 'staff.companies.search' | t }}</label>
        <input id="company-search" type="search" formControlName="q" />
      </div>
      <div class="field">
        <label for="company-status">{{ 'staff.companies.status' | t }}</label>
        <select id="company-status" formControlName="status">
          <option value="">{{ 'staff.companies.all' | t }}</option>
          @for (status of statuses; track status) {
            <option [value]="status">{{ 'companyStatus.' + status | t }}</option>
          }
        </select>
      </div>
      <div class="field">
        <label for="company-tier">{{ 'staff.companies.tier' | t }}</label>
        <select id="company-tier" formControlName="tier">
          <option value="">{{ 'staff.companies.all' | t }}</option>
          @for (tier of tiers; track tier) {
            <option [value]="tier">{{ 'tiers.' + tier | t }}</option>
          }
        </select>
      </div>
    </form>
    <lt-form-alert [message]="notice()" [kind]="noticeKind()" />
    @if (result(); as page) {
      <section class="card" [attr.aria-busy]="loading()">
        <p class="muted" data-testid="company-count">{{ 'staff.companies.count' | t: { total: page.total } }}</p>
        <table class="table" data-testid="companies">
          <thead>
            <tr>
              <th>{{ 'staff.companies.name' | t }}</th>
              <th>{{ 'staff.companies.organisationNumber' | t }}</th>
              <th>{{ 'staff.companies.status' | t }}</th>
              <th>{{ 'staff.companies.tier' | t }}</th>
              <th>{{ 'staff.companies.users' | t }}</th>
              <th>{{ 'staff.companies.registered' | t }}</th>
              <th>{{ 'staff.companies.actions' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (company of page.items; track company.id) {
              <tr [attr.data-company]="company.name">
                <td>{{ company.name }}</td>
                <td>{{ company.organisationNumber | orgNumber }}</td>
                <td>
                  <span class="status" [class]="'status status-' + company.status">{{
                    'companyStatus.' + company.status | t
                  }}</span>
                </td>
                <td><lt-tier-badge [tier]="company.tier" /></td>
                <td>{{ company.userCount }}</td>
                <td>{{ company.createdAt | localDate }}</td>
                <td class="actions">
                  @if (company.status === 'pending_verification' && canVerify) {
                    <button
                      class="btn btn-primary"
                      type="button"
                      [disabled]="busy() === company.id"
                      (click)="verify(company)"
                    >
                      {{ 'staff.companies.verify' | t }}
                    </button>
                  }
                  @if (company.status === 'deletion_requested' && canErase) {
                    <button
                      class="btn btn-secondary danger"
                      type="button"
                      [disabled]="busy() === company.id"
                      (click)="startErasing(company)"
                    >
                      {{ 'staff.companies.erase' | t }}
                    </button>
                  }
                  @if (erasing() === company.id) {
                    <!-- Erasure cannot be undone: the name is typed, not a reflex click on a dialog. -->
                    <form
                      class="erase-confirm"
                      data-testid="erase-confirm"
                      [formGroup]="eraseForm"
                      (ngSubmit)="erase(company)"
                    >
                      <label [for]="'erase-name-' + company.id">{{
                        'staff.companies.confirmErase' | t: { name: company.name }
                      }}</label>
                      <input [id]="'erase-name-' + company.id" formControlName="name" autocomplete="off" />
                      <button
                        class="btn btn-secondary danger"
                        type="submit"
                        [disabled]="eraseForm.controls.name.value.trim() !== company.name || busy() === company.id"
                      >
                        {{ 'staff.companies.eraseForGood' | t }}
                      </button>
                      <button class="btn btn-secondary" type="button" (click)="erasing.set(null)">
                        {{ 'common.cancel' | t }}
                      </button>
                    </form>
                  }
                  @if (canReadAudit) {
                    <a class="btn btn-secondary" [routerLink]="[company.id, 'audit']">{{
                      'staff.companies.audit' | t
                    }}</a>
                  }
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="7" class="muted">{{ 'staff.companies.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
        <lt-pager [page]="page.page" [pages]="pages()" (pageChange)="load($event)" />
      </section>
    }
  `,
  styles: `
    .filters {
      display: flex;
      gap: 1rem;
      flex-wrap: wrap;
      align-items: end;
      margin-bottom: 1rem;
    }
    .filters .grow {
      flex: 1 1 18rem;
    }
    .card {
      overflow-x: auto;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    .status {
      font-size: 0.85rem;
      padding: 0.1rem 0.5rem;
      border-radius: 999px;
      background: #eef1f4;
      white-space: nowrap;
    }
    .status-pending_verification,
    .status-deletion_requested {
      background: #fff3cd;
    }
    .status-deleted {
      background: #f1d5d5;
    }
    .danger {
      color: #a4262c;
      border-color: #a4262c;
    }
    .erase-confirm {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
      margin-top: 0.5rem;
      max-width: 32rem;
    }
    .erase-confirm label {
      flex-basis: 100%;
      white-space: normal;
    }
  `,
})
export class StaffCompaniesPage {
  private readonly api = inject(StaffApi);
  private readonly auth = inject(AuthStore);
  private readonly translations = inject(TranslationService);
  protected readonly statuses = COMPANY_STATUSES;
  protected readonly tiers = LOYALTY_TIERS;
  protected readonly canVerify = this.auth.can('verify', 'Company');
  protected readonly canErase = this.auth.can('erase', 'Company');
  /** The company whose erasure waits for its name to be typed. */
  protected readonly erasing = signal<string | null>(null);
  protected readonly eraseForm = new FormGroup({ name: new FormControl('', { nonNullable: true }) });
  protected readonly canReadAudit = this.auth.can('read', 'AuditLog');
  protected readonly result = signal<StaffCompanyPage | null>(null);
  protected readonly pages = computed(() => {
    const page = this.result();
    return page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  });
  protected readonly loading = signal(false);
  protected readonly busy = signal<string | null>(null);
  protected readonly notice = signal<ErrorMessage | null>(null);
  protected readonly noticeKind = signal<'error' | 'success'>('success');
  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    status: new FormControl<CompanyStatus | ''>('', { nonNullable: true }),
    tier: new FormControl<LoyaltyTier | ''>('', { nonNullable: true }),
  });
  private requestNo = 0;

  constructor() {
    this.filters.valueChanges.pipe(debounceTime(250), takeUntilDestroyed()).subscribe(() => void this.load(1));
    void this.load(1);
  }

  async load(page: number): Promise<void> {
    const { q, status, tier } = this.filters.getRawValue();
    const mine = ++this.requestNo;
    this.loading.set(true);
    try {
      const result = await this.api.companies({
        q: q.trim() || undefined,
        status: status || undefined,
        tier: tier || undefined,
        page,
        pageSize: PAGE_SIZE,
      });
      // Typing fast sends several searches; only the latest answer counts.
      if (mine === this.requestNo) this.result.set(result);
    } catch (error) {
      this.say(describeError(error), 'error');
    } finally {
      if (mine === this.requestNo) this.loading.set(false);
    }
  }

  protected async verify(company: StaffCompany): Promise<void> {
    if (!confirm(this.translations.translate('staff.companies.confirmVerify', { name: company.name }))) return;
    await this.act(company, () => this.api.verify(company.id), 'staff.companies.verified');
  }

  protected startErasing(company: StaffCompany): void {
    this.eraseForm.reset({ name: '' });
    this.erasing.set(company.id);
  }

  protected async erase(company: StaffCompany): Promise<void> {
    if (this.eraseForm.controls.name.value.trim() !== company.name) return;
    this.erasing.set(null);
    await this.act(company, () => this.api.erase(company.id), 'staff.companies.erased');
  }

  private async act(company: StaffCompany, action: () => Promise<unknown>, done: string): Promise<void> {
    this.busy.set(company.id);
    try {
      await action();
      this.say({ key: done, params: { name: company.name } }, 'success');
      await this.load(this.result()?.page ?? 1);
    } catch (error) {
      this.say(describeError(error), 'error');
    } finally {
      this.busy.set(null);
    }
  }

  private say(message: ErrorMessage, kind: 'error' | 'success'): void {
    this.noticeKind.set(kind);
    this.notice.set(message);
  }
}
