import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  AuthStore,
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  TranslatePipe,
  TranslationService,
  describeError,
  formatMoney,
} from '@lumen/portal/core';
import type { QuoteDetail } from '@lumen/shared/contracts';
import { QuoteClock, QuoteLinesTable, QuoteRevisionTable, QuoteStatusBadge, QuoteThread } from './quote-widgets';
import { QuotesApi } from './quotes.api';
import { PdfDownloadButton } from './pdf-download';

/**
 * One quote for the customer: the current offer with changes from the previous revision
 * highlighted, earlier revisions, the request as sent, the thread, and accept/decline/cancel.
 */
@Component({
  selector: 'lt-quote-page',
  imports: [
    RouterLink,
    FormAlert,
    LocalDatePipe,
    TranslatePipe,
    QuoteClock,
    QuoteLinesTable,
    QuoteRevisionTable,
    QuoteStatusBadge,
    QuoteThread,
    PdfDownloadButton,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="/quotes">← {{ 'quotes.back' | t }}</a></p>
    <lt-form-alert [message]="notice()" [kind]="noticeKind()" />
    @if (quote(); as q) {
      <div class="page-header">
        <h1>{{ q.number }} · {{ q.projectListName }}</h1>
        <lt-quote-status [status]="q.status" data-testid="quote-status" />
      </div>
      <p class="muted">{{ 'quotes.requestedBy' | t: { name: q.requestedBy.name, date: (q.requestedAt | localDate: 'time') } }}</p>
      @if (waiting()) {
        <p class="waiting">
          {{ 'quotes.waiting' | t: { due: (q.dueAt | localDate: 'time') } }}
          <lt-quote-clock [timeLeftMs]="q.timeLeftMs" [overdue]="q.overdue" />
        </p>
      }
      @if (q.status === 'accepted' && q.acceptedRevision) {
        <div class="alert alert-success">
          {{ 'quotes.accepted' | t: { number: q.acceptedRevision } }}
          @if (auth.can('place', 'Order')) {
            <a routerLink="/cart/checkout" [queryParams]="{ quote: q.id }" data-testid="quote-checkout-link">
              {{ 'quotes.checkout' | t }}
            </a>
          }
        </div>
      }
      <div class="actions">
        @if (q.status === 'answered' && auth.can('accept', 'Quote')) {
          <button class="btn btn-primary" type="button" data-testid="accept" [disabled]="busy()" (click)="act('accept')">
            {{ 'quotes.accept' | t }}
          </button>
        }
        @if ((q.status === 'answered' || q.status === 'revision_requested') && auth.can('decline', 'Quote')) {
          <button class="btn btn-secondary" type="button" [disabled]="busy()" (click)="act('decline')">{{ 'quotes.decline' | t }}</button>
        }
        @if ((q.status === 'requested' || q.status === 'in_progress') && auth.can('cancel', 'Quote')) {
          <button class="btn btn-secondary" type="button" [disabled]="busy()" (click)="act('cancel')">{{ 'quotes.cancel' | t }}</button>
        }
      </div>
      @if (latest(); as latest) {
        <section class="card" data-testid="current-offer">
          <h2>{{ 'quotes.currentOffer' | t }}</h2>
          <lt-quote-revision [revision]="latest" [previous]="previousOfLatest()">
            <lt-pdf-download [path]="'/quotes/' + q.id + '/revisions/' + latest.number + '.pdf'" label="quotes.downloadPdf" />
          </lt-quote-revision>
        </section>
      }
      <div class="columns">
        <section class="card">
          <h2>{{ 'quotes.thread' | t }}</h2>
          <p class="muted small">{{ 'quotes.threadLead' | t }}</p>
          <lt-quote-thread [comments]="q.comments" [canComment]="canComment()" [busy]="busy()" (send)="comment($event)" />
        </section>
        <section class="card">
          @if (q.message) {
            <h2>{{ 'quotes.yourMessage' | t }}</h2>
            <p class="message">{{ q.message }}</p>
          }
          <h2>{{ 'quotes.requestedLines' | t }}</h2>
          <lt-quote-lines [lines]="q.requestedLines" />
        </section>
      </div>
      @if (earlier().length > 0) {
        <section class="card">
          <h2>{{ 'quotes.earlierRevisions' | t }}</h2>
          @for (revision of earlier(); track revision.number) {
            <details>
              <summary>{{ 'quotes.revision' | t: { number: revision.number } }} · {{ revision.publishedAt | localDate }}</summary>
              <lt-quote-revision [revision]="revision" [previous]="revision.number > 1 ? q.revisions[revision.number - 2] : null">
                <lt-pdf-download [path]="'/quotes/' + q.id + '/revisions/' + revision.number + '.pdf'" label="quotes.downloadPdf" />
              </lt-quote-revision>
            </details>
          }
        </section>
      }
    }
  `,
  styles: `
    .page-header { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
    .page-header h1 { margin: 0; }
    .actions { display: flex; gap: 0.6rem; margin: 1rem 0; flex-wrap: wrap; }
    .card { margin-bottom: 1.2rem; }
    .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr)); gap: 1.2rem; }
    .waiting { display: flex; gap: 0.6rem; flex-wrap: wrap; }
    .message { white-space: pre-line; }
    .small { font-size: 0.88rem; }
    details { margin: 0.6rem 0; }
    summary { cursor: pointer; font-weight: 600; }
  `,
})
export class QuotePage implements OnInit {
  private readonly api = inject(QuotesApi);
  protected readonly auth = inject(AuthStore);
  private readonly translations = inject(TranslationService);
  readonly id = input.required<string>();

  protected readonly quote = signal<QuoteDetail | null>(null);
  protected readonly busy = signal(false);
  protected readonly notice = signal<ErrorMessage | null>(null);
  protected readonly noticeKind = signal<'error' | 'success'>('error');

  protected readonly latest = computed(() => this.quote()?.revisions.at(-1) ?? null);
  protected readonly previousOfLatest = computed(() => this.quote()?.revisions.at(-2) ?? null);
  protected readonly earlier = computed(() => (this.quote()?.revisions.slice(0, -1) ?? []).slice().reverse());
  protected readonly waiting = computed(() => {
    const status = this.quote()?.status;
    return status === 'requested' || status === 'in_progress' || status === 'revision_requested';
  });
  protected readonly canComment = computed(() => {
    const status = this.quote()?.status;
    return (
      this.auth.can('comment', 'Quote') &&
      !!status &&
      !['accepted', 'declined', 'expired', 'cancelled'].includes(status)
    );
  });

  ngOnInit(): void {
    void this.run(() => this.api.get(this.id()));
  }

  protected comment(body: string): void {
    void this.run(() => this.api.comment(this.id(), body));
  }

  protected act(action: 'accept' | 'decline' | 'cancel'): void {
    const quote = this.quote();
    if (!quote) return;
    const question =
      action === 'accept'
        ? this.translations.translate('quotes.confirmAccept', {
            number: quote.currentRevision,
            total: formatMoney(quote.totalOre ?? 0, this.translations.locale()),
          })
        : this.translations.translate(action === 'decline' ? 'quotes.confirmDecline' : 'quotes.confirmCancel');
    if (!confirm(question)) return;
    void this.run(() => this.api.act(this.id(), action));
  }

  private async run(call: () => Promise<QuoteDetail>): Promise<void> {
    this.busy.set(true);
    this.notice.set(null);
    try {
      this.quote.set(await call());
    } catch (error) {
      this.noticeKind.set('error');
      this.notice.set(describeError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
