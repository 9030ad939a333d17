import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { type ErrorMessage, FormAlert, LocalDatePipe, Pager, TranslatePipe, describeError } from '@lumen/portal/core';
import { CLAIM_KINDS, CLAIM_STATUSES, type ClaimKind, type ClaimPage, type ClaimStatus } from '@lumen/shared/contracts';
import { DeskNav } from './desk-nav';
import { pageCount } from './desk-rules';
import { ServiceDeskApi } from './service-desk.api';
import { StatusTag } from './status-tag';

const PAGE_SIZE = 25;
const TABS: readonly (ClaimStatus | 'all')[] = [...CLAIM_STATUSES, 'all'];

/** Warranty claims and damage reports of every company, open ones first by default. */
@Component({
  selector: 'lt-claims-page',
  imports: [FormsModule, RouterLink, DeskNav, FormAlert, LocalDatePipe, Pager, StatusTag, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ 'serviceDesk.claims.title' | t }}</h1>
    </div>
    <lt-desk-nav />
    <p class="muted">{{ 'serviceDesk.claims.lead' | t }}</p>
    <nav class="tabs" role="tablist" data-testid="claim-tabs">
      @for (status of tabs; track status) {
        <button
          type="button"
          role="tab"
          class="tab"
          [class.active]="tab() === status"
          [attr.aria-selected]="tab() === status"
          [attr.data-status]="status"
          (click)="tab.set(status); load(1)"
        >
          {{ (status === 'all' ? 'serviceDesk.claims.allStatuses' : 'serviceDesk.claimStatus.' + status) | t }}
        </button>
      }
    </nav>
    <div class="filters">
      <label class="field">
        <span class="field-label">{{ 'serviceDesk.claims.kindLabel' | t }}</span>
        <select name="kind" [ngModel]="kind()" (ngModelChange)="kind.set($event); load(1)" data-testid="claim-kind">
          <option value="">{{ 'serviceDesk.claims.allKinds' | t }}</option>
          @for (k of kinds; track k) {
            <option [value]="k">{{ 'serviceDesk.claimKind.' + k | t }}</option>
          }
        </select>
      </label>
    </div>
    <lt-form-alert [message]="error()" />
    @if (result(); as page) {
      <section class="card">
        <p class="muted count-line">{{ 'serviceDesk.total' | t: { total: page.total } }}</p>
        <table class="table stack" data-testid="claims">
          <thead>
            <tr>
              <th>{{ 'serviceDesk.claims.number' | t }}</th>
              <th>{{ 'serviceDesk.claims.kindLabel' | t }}</th>
              <th>{{ 'serviceDesk.claims.company' | t }}</th>
              <th>{{ 'serviceDesk.claims.order' | t }}</th>
              <th>{{ 'serviceDesk.claims.product' | t }}</th>
              <th class="num">{{ 'serviceDesk.claims.quantity' | t }}</th>
              <th>{{ 'serviceDesk.claims.status' | t }}</th>
              <th>{{ 'serviceDesk.claims.created' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (c of page.items; track c.id) {
              <tr [attr.data-claim]="c.number">
                <td class="nowrap">
                  <a [routerLink]="['/service-desk/claims', c.id]">{{ c.number }}</a>
                </td>
                <td [attr.data-label]="'serviceDesk.claims.kindLabel' | t">
                  {{ 'serviceDesk.claimKind.' + c.kind | t }}
                </td>
                <td [attr.data-label]="'serviceDesk.claims.company' | t">{{ c.company.name }}</td>
                <td [attr.data-label]="'serviceDesk.claims.order' | t">{{ c.order.number }}</td>
                <td [attr.data-label]="'serviceDesk.claims.product' | t" class="product">
                  {{ c.name }} <span class="sku muted">{{ c.sku }}</span>
                </td>
                <td [attr.data-label]="'serviceDesk.claims.quantity' | t" class="num">{{ c.quantity }}</td>
                <td [attr.data-label]="'serviceDesk.claims.status' | t">
                  <lt-status-tag kind="claim" [status]="c.status" />
                </td>
                <td [attr.data-label]="'serviceDesk.claims.created' | t" class="nowrap">
                  {{ c.createdAt | localDate }}
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="8" class="muted">{{ 'serviceDesk.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
        <lt-pager [page]="page.page" [pages]="pages()" (pageChange)="load($event)" />
      </section>
    }
  `,
  styleUrls: ['./desk.css'],
  styles: `
    .product {
      overflow-wrap: anywhere;
    }
  `,
})
export class ClaimsPage {
  private readonly api = inject(ServiceDeskApi);
  protected readonly tabs = TABS;
  protected readonly kinds = CLAIM_KINDS;
  protected readonly tab = signal<ClaimStatus | 'all'>('open');
  protected readonly kind = signal<ClaimKind | ''>('');
  protected readonly result = signal<ClaimPage | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly pages = computed(() => pageCount(this.result()));

  constructor() {
    void this.load(1);
  }

  protected async load(page: number): Promise<void> {
    const tab = this.tab();
    const kind = this.kind();
    try {
      this.result.set(
        await this.api.claims({
          ...(tab === 'all' ? {} : { status: tab }),
          ...(kind ? { kind } : {}),
          page,
          pageSize: PAGE_SIZE,
        }),
      );
      this.error.set(null);
    } catch (error) {
      this.error.set(describeError(error));
    }
  }
}
