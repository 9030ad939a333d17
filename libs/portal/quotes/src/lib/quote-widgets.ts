import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { LocalDatePipe, MoneyPipe, TranslatePipe } from '@lumen/portal/core';
import type { QuoteCommentView, QuoteLineView, QuoteRevisionView, QuoteStatus } from '@lumen/shared/contracts';
import { diffRevision } from './revision-diff';

/** The quote's state as a coloured pill. */
@Component({
  selector: 'lt-quote-status',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="status" [attr.data-status]="status()">{{ 'quoteStatus.' + status() | t }}</span>`,
  styles: `
    .status { font-size: 0.82rem; padding: 0.1rem 0.55rem; border-radius: 999px; background: var(--surface-muted); white-space: nowrap; }
    [data-status='requested'], [data-status='revision_requested'] { background: var(--warning-bg); color: var(--warning-text); }
    [data-status='in_progress'] { background: var(--info-bg); color: var(--info-text); }
    [data-status='answered'] { background: var(--accent-soft); color: var(--accent-strong); }
    [data-status='accepted'] { background: var(--success-bg); color: var(--success-text); }
    [data-status='declined'], [data-status='expired'], [data-status='cancelled'] { color: var(--text-muted); }
  `,
})
export class QuoteStatusBadge {
  readonly status = input.required<QuoteStatus>();
}

/** "14 h 05 min left" or "Overdue by 2 h 10 min", from the API's time left when it answered. */
@Component({
  selector: 'lt-quote-clock',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="clock" [class.overdue]="overdue()" data-testid="quote-clock">{{
    (overdue() ? 'quotes.overdue' : 'quotes.timeLeft') | t: { time: ('quotes.hours' | t: parts()) }
  }}</span>`,
  styles: `.clock { white-space: nowrap; } .overdue { color: var(--danger); font-weight: 600; }`,
})
export class QuoteClock {
  readonly timeLeftMs = input.required<number>();
  readonly overdue = input(false);
  protected readonly parts = computed(() => {
    const minutes = Math.floor(Math.abs(this.timeLeftMs()) / 60_000);
    return { h: Math.floor(minutes / 60), m: String(minutes % 60).padStart(2, '0') };
  });
}

/**
 * One revision's lines; with `previous`, price and quantity changes and added/removed lines are
 * highlighted. What the page projects (its "Download PDF") sits in the revision's header.
 */
@Component({
  selector: 'lt-quote-revision',
  imports: [LocalDatePipe, MoneyPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = revision();
    <header class="head">
      <h3>{{ 'quotes.revision' | t: { number: r.number } }}</h3>
      <span class="muted">{{ 'quotes.publishedBy' | t: { date: (r.publishedAt | localDate: 'time'), name: r.publishedBy.name } }}</span>
      <span class="muted">{{ 'quotes.validUntil' | t }}{{ 'common.colon' | t }} {{ r.validUntil | localDate }}</span>
      <ng-content />
    </header>
    @if (r.message) {
      <p class="message">{{ r.message }}</p>
    }
    @if (previous()) {
      <p class="muted legend">{{ 'quotes.changesLegend' | t }}</p>
    }
    <table class="table stack" [attr.data-revision]="r.number">
      <thead>
        <tr>
          <th>{{ 'quotes.sku' | t }}</th>
          <th>{{ 'quotes.product' | t }}</th>
          <th class="num">{{ 'quotes.quantity' | t }}</th>
          <th class="num">{{ 'quotes.unitPrice' | t }}</th>
          <th class="num">{{ 'quotes.lineTotal' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (d of diff(); track d.sku + d.change) {
          <tr [attr.data-sku]="d.sku" [attr.data-change]="d.change" [class]="'row-' + d.change">
            <td class="sku" [attr.data-label]="'quotes.sku' | t">
              {{ d.sku }}
              @if (d.change === 'added') { <span class="tag added">{{ 'quotes.added' | t }}</span> }
              @if (d.change === 'removed') { <span class="tag removed">{{ 'quotes.removed' | t }}</span> }
            </td>
            <td class="stack-title">{{ d.line.name }}</td>
            <td class="num" [attr.data-label]="'quotes.quantity' | t" [class.changed]="d.quantityChanged" [attr.data-changed]="d.quantityChanged || null">
              {{ d.line.quantity }}
              @if (d.quantityChanged) { <small class="was">{{ 'quotes.was' | t: { value: d.previous?.quantity ?? '' } }}</small> }
            </td>
            <td class="num" [attr.data-label]="'quotes.unitPrice' | t" [class.changed]="d.priceChanged" [attr.data-changed]="d.priceChanged || null">
              {{ d.line.unitPriceOre | money }}
              @if (d.priceChanged) { <small class="was">{{ 'quotes.was' | t: { value: (d.previous?.unitPriceOre | money) } }}</small> }
            </td>
            <td class="num" [attr.data-label]="'quotes.lineTotal' | t">{{ d.change === 'removed' ? '' : (d.line.lineTotalOre | money) }}</td>
          </tr>
        }
      </tbody>
      <tfoot>
        <tr><th colspan="4" class="num">{{ 'quotes.total' | t }}</th><th class="num" data-testid="revision-total">{{ r.totalOre | money }}</th></tr>
        <tr><td colspan="4" class="num muted">{{ 'quotes.totalInclVat' | t }}</td><td class="num muted">{{ r.totalInclVatOre | money }}</td></tr>
      </tfoot>
    </table>
  `,
  styles: `
    .head { display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
    .head h3 { margin: 0; }
    .message { white-space: pre-line; background: var(--surface-muted); padding: 0.6rem 0.8rem; border-radius: var(--radius); }
    .table { width: 100%; border-collapse: collapse; margin-top: 0.5rem; }
    .table th, .table td { text-align: left; padding: 0.45rem 0.5rem; border-bottom: 1px solid var(--border); vertical-align: top; }
    .num { text-align: right !important; white-space: nowrap; }
    .sku { font-family: var(--font-mono); white-space: nowrap; }
    .changed { background: var(--warning-bg); font-weight: 600; }
    .was { display: block; font-weight: 400; color: var(--text-muted); text-decoration: line-through; }
    .row-added td { background: var(--success-bg); }
    .row-removed td { color: var(--text-muted); text-decoration: line-through; background: var(--danger-bg); }
    .tag { font-family: var(--font); font-size: 0.72rem; padding: 0 0.4rem; border-radius: 999px; margin-left: 0.3rem; text-decoration: none; display: inline-block; }
    .tag.added { background: var(--success-text); color: #fff; }
    .tag.removed { background: var(--danger); color: #fff; }
    .legend { font-size: 0.85rem; margin: 0.2rem 0; }
  `,
})
export class QuoteRevisionTable {
  readonly revision = input.required<QuoteRevisionView>();
  readonly previous = input<QuoteRevisionView | null>(null);
  protected readonly diff = computed(() => diffRevision(this.revision(), this.previous()));
}

/** Plain lines (the request snapshot), no diff. */
@Component({
  selector: 'lt-quote-lines',
  imports: [MoneyPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="table stack">
      <thead>
        <tr>
          <th>{{ 'quotes.sku' | t }}</th><th>{{ 'quotes.product' | t }}</th>
          <th class="num">{{ 'quotes.quantity' | t }}</th><th class="num">{{ 'quotes.unitPrice' | t }}</th>
          <th class="num">{{ 'quotes.lineTotal' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (line of lines(); track line.sku) {
          <tr>
            <td class="sku" [attr.data-label]="'quotes.sku' | t">{{ line.sku }}</td>
            <td class="stack-title">{{ line.name }}</td>
            <td class="num" [attr.data-label]="'quotes.quantity' | t">{{ line.quantity }}</td>
            <td class="num" [attr.data-label]="'quotes.unitPrice' | t">{{ line.unitPriceOre | money }}</td>
            <td class="num" [attr.data-label]="'quotes.lineTotal' | t">{{ line.lineTotalOre | money }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .table { width: 100%; border-collapse: collapse; }
    .table th, .table td { text-align: left; padding: 0.45rem 0.5rem; border-bottom: 1px solid var(--border); }
    .num { text-align: right !important; white-space: nowrap; }
    .sku { font-family: var(--font-mono); white-space: nowrap; }
  `,
})
export class QuoteLinesTable {
  readonly lines = input.required<QuoteLineView[]>();
}

/** The quote's comment thread in time order, and a box to add to it. */
@Component({
  selector: 'lt-quote-thread',
  imports: [FormsModule, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="thread" data-testid="quote-thread">
      @for (comment of comments(); track comment.id) {
        <li [class]="'from-' + comment.author.side">
          <div class="meta">
            <strong>{{ comment.author.name }}</strong>
            @if (comment.author.side === 'consultant') { <span class="muted">({{ 'quotes.consultant' | t }})</span> }
            <span class="muted">{{ comment.createdAt | localDate: 'time' }}</span>
          </div>
          <p>{{ comment.body }}</p>
        </li>
      } @empty {
        <li class="muted empty">{{ 'quotes.noComments' | t }}</li>
      }
    </ol>
    @if (canComment()) {
      <form class="reply" (ngSubmit)="submit()">
        <label class="field">
          <span class="field-label">{{ 'quotes.comment' | t }}</span>
          <textarea name="body" rows="3" maxlength="4000" required data-testid="comment-body" [ngModel]="body()"
            (ngModelChange)="body.set($event)"></textarea>
        </label>
        <button class="btn btn-primary" type="submit" data-testid="comment-send" [disabled]="busy() || !body().trim()">
          {{ 'quotes.send' | t }}
        </button>
      </form>
    }
  `,
  styles: `
    .thread { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-direction: column; gap: 0.6rem; }
    .thread li { padding: 0.6rem 0.8rem; border-radius: var(--radius-lg); max-width: 46rem; }
    .from-customer { background: var(--surface-muted); align-self: flex-start; }
    .from-consultant { background: var(--accent-soft); align-self: flex-end; }
    .thread p { margin: 0.2rem 0 0; white-space: pre-line; }
    .meta { display: flex; gap: 0.5rem; flex-wrap: wrap; font-size: 0.88rem; }
    .reply { display: flex; flex-direction: column; gap: 0.5rem; align-items: flex-start; }
    .reply .field { width: 100%; }
    .reply textarea { width: 100%; }
  `,
})
export class QuoteThread {
  readonly comments = input.required<QuoteCommentView[]>();
  readonly canComment = input(false);
  readonly busy = input(false);
  readonly send = output<string>();
  protected readonly body = signal('');

  protected submit(): void {
    const body = this.body().trim();
    if (!body) return;
    this.send.emit(body);
    this.body.set('');
  }
}
