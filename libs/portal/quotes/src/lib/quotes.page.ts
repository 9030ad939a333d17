import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type ErrorMessage, FormAlert, LocalDatePipe, MoneyPipe, TranslatePipe, describeError } from '@lumen/portal/core';
import type { QuoteSummary } from '@lumen/shared/contracts';
import { QuoteClock, QuoteStatusBadge } from './quote-widgets';
import { QuotesApi } from './quotes.api';

/** The company's quotes, newest request first. */
@Component({
  selector: 'lt-quotes-page',
  imports: [RouterLink, FormAlert, LocalDatePipe, MoneyPipe, TranslatePipe, QuoteClock, QuoteStatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header"><h1>{{ 'quotes.title' | t }}</h1></div>
    <p class="muted">{{ 'quotes.lead' | t }}</p>
    <lt-form-alert [message]="error()" />
    <section class="card" [attr.aria-busy]="quotes() === null">
      <table class="table stack" data-testid="quotes">
        <thead>
          <tr>
            <th>{{ 'quotes.number' | t }}</th>
            <th>{{ 'quotes.list' | t }}</th>
            <th>{{ 'quotes.status' | t }}</th>
            <th>{{ 'quotes.requested' | t }}</th>
            <th>{{ 'quotes.due' | t }}</th>
            <th class="num">{{ 'quotes.total' | t }}</th>
            <th>{{ 'quotes.validUntil' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (quote of quotes() ?? []; track quote.id) {
            <tr [attr.data-quote]="quote.number">
              <td><a [routerLink]="[quote.id]">{{ quote.number }}</a></td>
              <td [attr.data-label]="'quotes.list' | t">{{ quote.projectListName }}</td>
              <td [attr.data-label]="'quotes.status' | t"><lt-quote-status [status]="quote.status" /></td>
              <td [attr.data-label]="'quotes.requested' | t">{{ quote.requestedAt | localDate }}</td>
              <td [attr.data-label]="'quotes.due' | t">
                @if (quote.status === 'requested' || quote.status === 'in_progress' || quote.status === 'revision_requested') {
                  <lt-quote-clock [timeLeftMs]="quote.timeLeftMs" [overdue]="quote.overdue" />
                }
              </td>
              <td class="num" [attr.data-label]="'quotes.total' | t">{{ quote.totalOre | money }}</td>
              <td [attr.data-label]="'quotes.validUntil' | t">{{ quote.validUntil | localDate }}</td>
            </tr>
          } @empty {
            <tr><td colspan="7" class="muted">{{ 'quotes.none' | t }}</td></tr>
          }
        </tbody>
      </table>
    </section>
  `,
  styles: `
    .table { width: 100%; border-collapse: collapse; }
    .table td:first-child { white-space: nowrap; }
    .table th, .table td { text-align: left; padding: 0.55rem 0.5rem; border-bottom: 1px solid var(--border); }
    .num { text-align: right !important; white-space: nowrap; }
  `,
})
export class QuotesPage {
  private readonly api = inject(QuotesApi);
  protected readonly quotes = signal<QuoteSummary[] | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);

  constructor() {
    this.api.list().then(
      (quotes) => this.quotes.set(quotes),
      (error: unknown) => this.error.set(describeError(error)),
    );
  }
}
