import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  AuthStore,
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  TierBadge,
  TranslatePipe,
  describeError,
} from '@lumen/portal/core';
import {
  QuoteClock,
  QuoteLinesTable,
  QuoteRevisionTable,
  QuoteStatusBadge,
  QuoteThread,
  PdfDownloadButton,
} from '@lumen/portal/quotes';
import type { StaffQuoteDetail } from '@lumen/shared/contracts';
import {
  type EditableLine,
  liveDraftTotalOre,
  liveOfferedOre,
  type PricingMode,
  toDraftInput,
  toEditable,
} from './draft-lines';
import { QuoteDeskApi } from './quote-desk.api';

/**
 * The consultant's editor: claim, price each line (tier price, own price or discount), change
 * quantities, add or remove lines, set validity and message, save, publish; and the thread.
 */
@Component({
  selector: 'lt-desk-quote-page',
  imports: [
    FormsModule,
    RouterLink,
    FormAlert,
    LocalDatePipe,
    MoneyPipe,
    TierBadge,
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
    <p><a routerLink="/desk">← {{ 'desk.back' | t }}</a></p>
    <lt-form-alert [message]="notice()" [kind]="noticeKind()" />
    @if (quote(); as q) {
      <div class="page-header">
        <h1>{{ q.number }} · {{ q.company.name }}</h1>
        <lt-tier-badge [tier]="q.company.tier" />
        <lt-quote-status [status]="q.status" data-testid="desk-status" />
        @if (awaiting()) {
          <lt-quote-clock [timeLeftMs]="q.timeLeftMs" [overdue]="q.overdue" />
        }
        @if (canClaim()) {
          <button class="btn btn-primary" type="button" data-testid="claim" [disabled]="busy()" (click)="claim()">{{ 'desk.claim' | t }}</button>
        }
      </div>
      <p class="muted">{{ q.projectListName }} · {{ 'desk.requested' | t }} {{ q.requestedAt | localDate: 'time' }} · {{ q.requestedBy.name }}</p>
      @if (q.message) {
        <p class="message"><strong>{{ 'desk.customerMessage' | t }}{{ 'common.colon' | t }}</strong> {{ q.message }}</p>
      }

      <section class="card">
        <h2>{{ 'desk.editor' | t }}</h2>
        @if (!editable()) {
          <p class="muted" data-testid="not-editable">{{ notEditableReason() | t: { number: q.currentRevision } }}</p>
          <lt-quote-lines [lines]="q.draft.lines" />
        } @else {
          <!-- An editor with inputs in every cell stays a table; on a phone it scrolls inside its own box. -->
          <div class="table-scroll" tabindex="0" role="region" [attr.aria-label]="'desk.editor' | t">
          <table class="table" data-testid="draft-lines">
            <thead>
              <tr>
                <th>{{ 'desk.sku' | t }}</th><th>{{ 'desk.product' | t }}</th><th class="num">{{ 'desk.quantity' | t }}</th>
                <th class="num">{{ 'desk.listPrice' | t }}</th><th class="num">{{ 'desk.tierPrice' | t }}</th>
                <th>{{ 'desk.pricing' | t }}</th><th>{{ 'desk.value' | t }}</th><th class="num">{{ 'desk.offered' | t }}</th><th></th>
              </tr>
            </thead>
            <tbody>
              @for (line of lines(); track line.sku; let i = $index) {
                <tr [attr.data-sku]="line.sku">
                  <td class="sku">{{ line.sku }}</td>
                  <td>{{ line.name }}</td>
                  <td class="num"><input class="small-input" type="number" min="1" [ngModel]="line.quantity"
                    [attr.aria-label]="('desk.quantity' | t) + ' ' + line.sku" (ngModelChange)="patch(i, { quantity: $event })" /></td>
                  <td class="num">{{ line.listPriceOre | money }}</td>
                  <td class="num">{{ line.tierUnitPriceOre | money }}</td>
                  <td>
                    <select [ngModel]="line.mode" (ngModelChange)="setMode(i, $event)" [attr.aria-label]="('desk.pricing' | t) + ' ' + line.sku"
                      data-testid="pricing-mode">
                      <option value="tier">{{ 'desk.modeTier' | t }}</option>
                      <option value="price">{{ 'desk.modePrice' | t }}</option>
                      <option value="discount">{{ 'desk.modeDiscount' | t }}</option>
                    </select>
                  </td>
                  <td>
                    @if (line.mode !== 'tier') {
                      <input class="small-input" inputmode="decimal" [ngModel]="line.value" (ngModelChange)="patch(i, { value: $event })"
                        [attr.aria-label]="('desk.value' | t) + ' ' + line.sku" data-testid="pricing-value" />
                    }
                  </td>
                  <td class="num" data-testid="offered">{{ offered(line) | money }}</td>
                  <td><button class="link" type="button" (click)="removeLine(i)">{{ 'desk.remove' | t }}</button></td>
                </tr>
              }
            </tbody>
            <tfoot>
              <tr><th colspan="7" class="num">{{ 'desk.draftTotal' | t }}</th><th class="num" data-testid="draft-total">{{ draftTotal() | money }}</th><th></th></tr>
            </tfoot>
          </table>
          </div>
          <form class="add-line" (ngSubmit)="addLine()">
            <strong>{{ 'desk.addLine' | t }}</strong>
            <input name="sku" [ngModel]="newSku()" (ngModelChange)="newSku.set($event)" [placeholder]="'desk.addSku' | t"
              [attr.aria-label]="'desk.addSku' | t" data-testid="add-sku" />
            <input name="quantity" type="number" min="1" class="small-input" [ngModel]="newQuantity()" (ngModelChange)="newQuantity.set($event)"
              [attr.aria-label]="'desk.addQuantity' | t" />
            <button class="btn btn-secondary" type="submit">{{ 'desk.add' | t }}</button>
          </form>
          <div class="form-row">
            <label class="field">
              <span class="field-label">{{ 'desk.validUntil' | t }}</span>
              <input type="date" [ngModel]="validUntil()" (ngModelChange)="validUntil.set($event)" data-testid="valid-until" />
            </label>
            <label class="field grow">
              <span class="field-label">{{ 'desk.message' | t }}</span>
              <textarea rows="2" maxlength="4000" [ngModel]="message()" (ngModelChange)="message.set($event)" data-testid="draft-message"></textarea>
            </label>
          </div>
          <div class="form-actions">
            <button class="btn btn-secondary" type="button" data-testid="save-draft" [disabled]="busy()" (click)="save()">{{ 'desk.save' | t }}</button>
            <button class="btn btn-primary" type="button" data-testid="publish" [disabled]="busy() || lines().length === 0" (click)="publish()">
              {{ 'desk.publish' | t: { number: q.currentRevision + 1 } }}
            </button>
          </div>
        }
      </section>

      <div class="columns">
        <section class="card">
          <h2>{{ 'desk.thread' | t }}</h2>
          <lt-quote-thread [comments]="q.comments" [canComment]="canComment()" [busy]="busy()" (send)="comment($event)" />
        </section>
        <section class="card">
          <h2>{{ 'desk.revisions' | t }}</h2>
          @for (revision of revisionsNewestFirst(); track revision.number) {
            <lt-quote-revision [revision]="revision" [previous]="revision.number > 1 ? q.revisions[revision.number - 2] : null">
              <!-- The desk's own route: the customer routes refuse staff. -->
              <lt-pdf-download [path]="'/staff/quotes/' + q.id + '/revisions/' + revision.number + '.pdf'" label="quotes.downloadPdf" />
            </lt-quote-revision>
          } @empty {
            <p class="muted">–</p>
          }
        </section>
      </div>
    }
  `,
  styles: `
    .page-header { display: flex; gap: 0.8rem; align-items: center; flex-wrap: wrap; }
    .page-header h1 { margin: 0; }
    .card { margin-bottom: 1.2rem; }
    .table-scroll { overflow-x: auto; max-width: 100%; }
    .message { white-space: pre-line; }
    .table { width: 100%; border-collapse: collapse; }
    .table th, .table td { text-align: left; padding: 0.4rem; border-bottom: 1px solid var(--border); }
    .num { text-align: right !important; white-space: nowrap; }
    .sku { font-family: var(--font-mono); white-space: nowrap; }
    .small-input { width: 6.5rem; }
    input, select, textarea { padding: 0.35rem 0.45rem; border: 1px solid var(--border-strong); border-radius: var(--radius); font: inherit; }
    .add-line { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; margin: 0.8rem 0; }
    .form-row { display: flex; gap: 1rem; flex-wrap: wrap; }
    .grow { flex: 1 1 20rem; }
    .link { background: none; border: 0; color: var(--accent); cursor: pointer; font: inherit; }
    .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(24rem, 100%), 1fr)); gap: 1.2rem; }
  `,
})
export class DeskQuotePage implements OnInit {
  private readonly api = inject(QuoteDeskApi);
  private readonly auth = inject(AuthStore);
  readonly id = input.required<string>();

  protected readonly quote = signal<StaffQuoteDetail | null>(null);
  protected readonly lines = signal<EditableLine[]>([]);
  protected readonly validUntil = signal('');
  protected readonly message = signal('');
  protected readonly newSku = signal('');
  protected readonly newQuantity = signal(1);
  protected readonly busy = signal(false);
  protected readonly notice = signal<ErrorMessage | null>(null);
  protected readonly noticeKind = signal<'error' | 'success'>('error');

  private readonly status = computed(() => this.quote()?.status);
  protected readonly awaiting = computed(() =>
    ['requested', 'in_progress', 'revision_requested'].includes(this.status() ?? ''),
  );
  private readonly mine = computed(() => !!this.quote()?.claimedBy && this.quote()?.claimedBy?.id === this.auth.user()?.id);
  /** A revision asked for on the consultant's own quote is theirs to answer already: no claim again. */
  protected readonly canClaim = computed(
    () =>
      this.auth.can('update', 'Quote') &&
      (this.status() === 'requested' || (this.status() === 'revision_requested' && !this.mine())),
  );
  protected readonly editable = computed(
    () => this.auth.can('update', 'Quote') && (this.status() === 'in_progress' || this.status() === 'revision_requested'),
  );
  protected readonly canComment = computed(
    () => this.auth.can('update', 'Quote') && !['accepted', 'declined', 'expired', 'cancelled'].includes(this.status() ?? ''),
  );
  /** Why the editor is closed, in the words of the quote's state. */
  protected readonly notEditableReason = computed(() => {
    const status = this.status();
    if (status === 'requested' || status === 'revision_requested') return 'desk.notEditable';
    if (status === 'answered') return 'desk.notEditableAnswered';
    return 'desk.notEditableClosed';
  });
  /** The total as typed; the saved draft's while a line is still unpriced. */
  protected readonly draftTotal = computed(() => liveDraftTotalOre(this.lines()) ?? this.quote()?.draft.totalOre ?? null);
  protected readonly revisionsNewestFirst = computed(() => [...(this.quote()?.revisions ?? [])].reverse());

  ngOnInit(): void {
    void this.run(() => this.api.get(this.id()));
  }

  protected patch(index: number, change: Partial<EditableLine>): void {
    this.lines.update((lines) => lines.map((line, i) => (i === index ? { ...line, ...change } : line)));
  }

  protected setMode(index: number, mode: PricingMode): void {
    this.patch(index, { mode, value: '' });
  }

  protected offered(line: EditableLine): number | null {
    return liveOfferedOre(line);
  }

  protected removeLine(index: number): void {
    this.lines.update((lines) => lines.filter((_, i) => i !== index));
  }

  protected addLine(): void {
    const sku = this.newSku().trim().toUpperCase();
    if (!sku || this.lines().some((line) => line.sku === sku)) return;
    this.lines.update((lines) => [
      ...lines,
      { sku, name: '', quantity: Math.max(1, Number(this.newQuantity()) || 1), listPriceOre: null, tierUnitPriceOre: null, offeredOre: null, mode: 'tier', value: '' },
    ]);
    this.newSku.set('');
    this.newQuantity.set(1);
    // Saved at once: the API names and prices the new line (an unknown SKU is refused here,
    // not at publishing), with the other lines' edits kept.
    void this.run(() => this.api.saveDraft(this.id(), this.draft()));
  }

  protected claim(): void {
    void this.run(() => this.api.claim(this.id()));
  }

  protected async save(): Promise<boolean> {
    const ok = await this.run(() => this.api.saveDraft(this.id(), this.draft()));
    if (ok) this.succeed({ key: 'desk.saved' });
    return ok;
  }

  protected async publish(): Promise<void> {
    if (!(await this.run(() => this.api.saveDraft(this.id(), this.draft())))) return;
    const number = (this.quote()?.currentRevision ?? 0) + 1;
    if (await this.run(() => this.api.publish(this.id()))) this.succeed({ key: 'desk.published', params: { number } });
  }

  /** Commenting keeps the consultant's unsaved draft edits on screen. */
  protected comment(body: string): void {
    void this.run(() => this.api.comment(this.id(), body), false);
  }

  private draft() {
    const date = this.validUntil();
    return {
      lines: this.lines().map(toDraftInput),
      validUntil: date ? new Date(`${date}T23:59:59`).toISOString() : null,
      message: this.message().trim() || null,
    };
  }

  private async run(call: () => Promise<StaffQuoteDetail>, showDraft = true): Promise<boolean> {
    this.busy.set(true);
    this.notice.set(null);
    try {
      const quote = await call();
      this.quote.set(quote);
      if (showDraft) {
        this.lines.set(quote.draft.lines.map(toEditable));
        this.validUntil.set(quote.draft.validUntil.slice(0, 10));
        this.message.set(quote.draft.message ?? '');
      }
      return true;
    } catch (error) {
      this.noticeKind.set('error');
      this.notice.set(describeError(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  private succeed(message: ErrorMessage): void {
    this.noticeKind.set('success');
    this.notice.set(message);
  }
}
