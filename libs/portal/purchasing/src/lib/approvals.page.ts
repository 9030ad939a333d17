import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  TranslatePipe,
  describeError,
} from '@lumen/portal/core';
import type { ApprovalsPage as Page } from '@lumen/shared/contracts';
import { PurchasingApi } from './purchasing.api';

/** The orders waiting for the caller's decision, soonest deadline first. */
@Component({
  selector: 'lt-approvals-page',
  imports: [RouterLink, FormAlert, LocalDatePipe, MoneyPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ 'approvals.title' | t }}</h1>
    </div>
    <p class="muted">{{ 'approvals.lead' | t }}</p>
    <lt-form-alert [message]="error()" />
    @if (page(); as page) {
      <table class="table stack">
        <tbody>
          @for (approval of page.items; track approval.id) {
            <tr data-testid="approval-row">
              <td class="stack-title">
                <a class="link" [routerLink]="['/approvals', approval.id]">{{
                  'approvals.order' | t: { number: approval.orderNumber }
                }}</a>
              </td>
              <td [attr.data-label]="'approvals.orderer' | t: { name: '' }">{{ approval.orderer }}</td>
              <td class="num">{{ 'approvals.net' | t: { amount: (approval.netOre | money) } }}</td>
              <td>{{ 'approvals.holdUntil' | t: { date: (approval.holdUntil | localDate) } }}</td>
              <td>
                <a class="btn btn-secondary" [routerLink]="['/approvals', approval.id]">{{ 'approvals.open' | t }}</a>
              </td>
            </tr>
          } @empty {
            <tr>
              <td>{{ 'approvals.empty' | t }}</td>
            </tr>
          }
        </tbody>
      </table>
      <p class="muted">{{ 'approvals.pendingInCompany' | t: { count: page.counts.pending } }}</p>
    }
  `,
})
export class ApprovalsPage {
  private readonly api = inject(PurchasingApi);
  protected readonly page = signal<Page | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);

  constructor() {
    this.api.approvals().then(
      (page) => this.page.set(page),
      (error: unknown) => this.error.set(describeError(error)),
    );
  }
}
