import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { CartApi } from '@lumen/portal/cart';
import {
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  Pager,
  TranslatePipe,
  apiErrorOf,
  describeError,
} from '@lumen/portal/core';
import type {
  QuickOrderProduct,
  QuickOrderReport,
  QuickOrderReportLine,
  QuickOrderReportView,
} from '@lumen/shared/contracts';
import { QUICK_ORDER_LIMITS, QuickOrderCsvError, parseQuickOrderCsv } from '@lumen/shared/domain';
import {
  Subject,
  catchError,
  concat,
  debounceTime,
  distinctUntilChanged,
  from,
  map,
  of,
  switchMap,
  type Observable,
  type Subscription,
} from 'rxjs';
import { type CheckProgress, QuickOrderApi, type QuickOrderSource } from './quick-order.api';

interface Row {
  sku: string;
  quantity: string;
}

const emptyRows = (count: number): Row[] => Array.from({ length: count }, () => ({ sku: '', quantity: '' }));

/**
 * Quick order (PRODUCT.md §7): rows with suggestions as you type, paste from a spreadsheet,
 * CSV or Excel upload with progress; then a report on every line with its actions — take the
 * replacement, use a suggestion, add the valid lines to the cart, download the report.
 * The server keeps the check (24 h) and sends its lines a page at a time: paging, the CSV
 * download and "add to cart" all name the stored check.
 */
@Component({
  selector: 'lt-quick-order-page',
  imports: [FormsModule, RouterLink, FormAlert, LocalDatePipe, MoneyPipe, Pager, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'quickOrder.title' | t }}</h1>
    <p class="muted">{{ 'quickOrder.lead' | t }}</p>
    <lt-form-alert [message]="error()" />
    <lt-form-alert [message]="notice()" kind="success" />
    @if (added()) {
      <p><a class="btn btn-secondary" routerLink="/cart" data-testid="go-to-cart">{{ 'quickOrder.goToCart' | t }}</a></p>
    }

    <div class="inputs">
      <section class="card">
        <h2>{{ 'quickOrder.rows' | t }}</h2>
        <datalist id="sku-suggestions">
          @for (suggestion of suggestions(); track suggestion.sku) {
            <option [value]="suggestion.sku">{{ suggestion.name }}</option>
          }
        </datalist>
        <table class="rows">
          <thead><tr><th>{{ 'quickOrder.sku' | t }}</th><th>{{ 'quickOrder.quantity' | t }}</th><th></th></tr></thead>
          <tbody>
            @for (row of rows(); track $index; let i = $index) {
              <tr>
                <td>
                  <input class="sku" list="sku-suggestions" autocomplete="off" [attr.data-testid]="'row-sku-' + i"
                    [attr.aria-label]="('quickOrder.sku' | t) + ' ' + (i + 1)" [ngModel]="row.sku"
                    (ngModelChange)="setRow(i, { sku: $event })" />
                </td>
                <td>
                  <input class="qty" inputmode="numeric" [attr.data-testid]="'row-qty-' + i"
                    [attr.aria-label]="('quickOrder.quantity' | t) + ' ' + (i + 1)" [ngModel]="row.quantity"
                    (ngModelChange)="setRow(i, { quantity: $event })" />
                </td>
                <td><button class="link" type="button" (click)="removeRow(i)" [attr.aria-label]="'quickOrder.removeRow' | t">×</button></td>
              </tr>
            }
          </tbody>
        </table>
        <div class="actions">
          <button class="btn btn-secondary" type="button" (click)="addRow()">{{ 'quickOrder.addRow' | t }}</button>
          <button class="btn btn-primary" type="button" data-testid="check-rows" [disabled]="busy()" (click)="checkRows()">
            {{ 'quickOrder.checkRows' | t }}
          </button>
        </div>
        <details class="paste">
          <summary>{{ 'quickOrder.paste' | t }}</summary>
          <p class="muted small">{{ 'quickOrder.pasteHint' | t }}</p>
          <textarea rows="5" data-testid="paste-area" [ngModel]="pasteText()" (ngModelChange)="pasteText.set($event)"></textarea>
          <button class="btn btn-secondary" type="button" (click)="addPasted()">{{ 'quickOrder.pasteButton' | t }}</button>
        </details>
      </section>

      <section class="card">
        <h2>{{ 'quickOrder.upload' | t }}</h2>
        <p class="muted small">{{ 'quickOrder.uploadHint' | t }}</p>
        <input type="file" accept=".csv,.txt,.xlsx" data-testid="csv-file" [disabled]="busy()" (change)="upload($event)" />
        @if (progress(); as progress) {
          <div class="progress" data-testid="upload-progress" role="status">
            @switch (progress.phase) {
              @case ('uploading') {
                <progress max="100" [value]="progress.percent"></progress>
                <span>{{ 'quickOrder.uploading' | t: { percent: progress.percent } }}</span>
              }
              @case ('processing') {
                <progress></progress>
                <span>{{ 'quickOrder.processing' | t }}</span>
              }
              @case ('receiving') {
                <progress max="100" [value]="progress.percent ?? 0"></progress>
                <span>{{ 'quickOrder.receiving' | t }}</span>
              }
            }
          </div>
        }
      </section>
    </div>

    @if (report(); as report) {
      <section class="card report" data-testid="quick-order-report" [attr.data-check]="report.id">
        <div class="report-head">
          <h2>{{ 'quickOrder.report' | t }}</h2>
          <div class="actions">
            <button class="btn btn-secondary" type="button" data-testid="download-report" [disabled]="downloading()"
              (click)="download()">
              {{ 'quickOrder.download' | t }}
            </button>
            <button class="btn btn-primary" type="button" data-testid="add-to-cart" [disabled]="busy() || toAdd() === 0"
              (click)="addToCart()">
              {{ 'quickOrder.addToCart' | t: { count: toAdd() } }}
            </button>
          </div>
        </div>
        <p data-testid="report-summary">
          {{ 'quickOrder.summary' | t: {
            lines: report.summary.lines, ok: report.summary.ok, unknown: report.summary.unknown_sku,
            invalid: report.summary.invalid_quantity, eol: report.summary.end_of_life,
            notOrderable: report.summary.not_orderable, missing: report.summary.missing_sku } }}
          @if (report.summary.summedLines > 0) { {{ 'quickOrder.summed' | t: { count: report.summary.summedLines } }} }
        </p>
        <p class="muted">
          {{ 'quickOrder.orderableTotal' | t: { amount: (report.summary.orderableTotalOre | money) } }}
          <span class="small" data-testid="report-expires">{{ 'quickOrder.keptUntil' | t: { time: (report.expiresAt | localDate: 'time') } }}</span>
        </p>
        <div class="report-bar">
          <label class="filter">
            {{ 'quickOrder.show' | t }}
            <select data-testid="report-view" [ngModel]="view()" (ngModelChange)="changeView($event)">
              <option value="problems">{{ 'quickOrder.showProblems' | t }}</option>
              <option value="all">{{ 'quickOrder.showAll' | t }}</option>
            </select>
          </label>
          <span class="muted small" data-testid="report-range" role="status">
            @if (loadingPage()) {
              <span data-testid="report-loading">{{ 'quickOrder.loadingPage' | t }}</span>
            } @else if (report.total > 0) {
              {{ 'quickOrder.range' | t: { from: rangeFrom(report), to: rangeTo(report), total: report.total } }}
            }
          </span>
        </div>
        <table class="table" data-testid="report-lines" [class.loading]="loadingPage()" [attr.aria-busy]="loadingPage()">
          <thead>
            <tr>
              <th>{{ 'quickOrder.line' | t }}</th>
              <th>{{ 'quickOrder.sku' | t }}</th>
              <th class="num">{{ 'quickOrder.quantity' | t }}</th>
              <th>{{ 'quickOrder.result' | t }}</th>
              <th>{{ 'quickOrder.product' | t }}</th>
              <th class="num">{{ 'quickOrder.unitPrice' | t }}</th>
              <th>{{ 'quickOrder.stock' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (line of report.lines; track line.line) {
              <tr [attr.data-line]="line.line" [attr.data-status]="line.status" [class.bad]="line.status !== 'ok'">
                <td>{{ line.line }}</td>
                <td class="sku">{{ line.sku }}</td>
                <td class="num">
                  {{ line.quantityText ?? line.quantity }}
                  @if (line.summedQuantity) { <div class="small muted">{{ 'quickOrder.summedTotal' | t: { quantity: line.summedQuantity } }}</div> }
                  @if (line.summedIntoLine) { <div class="small muted">{{ 'quickOrder.summedInto' | t: { line: line.summedIntoLine } }}</div> }
                </td>
                <td>
                  <span class="status">{{ 'quickOrder.status.' + line.status | t }}</span>
                  @if (line.quantityProblem) { <span class="small"> ({{ 'quickOrder.problem.' + line.quantityProblem | t }})</span> }
                  @if (taken()[line.line]; as sku) {
                    <div class="small ok-note" [attr.data-testid]="'taken-' + line.line">
                      {{ 'quickOrder.taken' | t: { sku } }}
                      <button class="link undo" type="button" [attr.data-testid]="'untake-' + line.line" (click)="untake(line)">
                        {{ 'quickOrder.undoTake' | t }}
                      </button>
                    </div>
                  } @else if (line.quantity !== null) {
                    @if (line.replacementSku; as replacement) {
                      <div><button class="link" type="button" [attr.data-testid]="'take-replacement-' + line.line"
                        (click)="take(line, replacement)">{{ 'quickOrder.takeReplacement' | t: { sku: replacement } }}</button></div>
                    }
                    @for (suggestion of line.suggestions ?? []; track suggestion) {
                      <div><button class="link" type="button" [attr.data-testid]="'take-suggestion-' + line.line + '-' + suggestion"
                        (click)="take(line, suggestion)">{{ 'quickOrder.useSuggestion' | t: { sku: suggestion } }}</button>
                        <span class="small muted suggestion-name">{{ product(suggestion)?.name }}</span></div>
                    }
                  }
                </td>
                <td>{{ product(line.sku)?.name }}</td>
                <td class="num price" [attr.data-tier]="product(line.sku)?.price?.tier">
                  @if (line.status === 'ok') { {{ product(line.sku)?.price?.unitPriceOre | money }} }
                </td>
                <td class="small">
                  @if (product(line.sku); as product) {
                    {{ 'stock.' + product.stockStatus | t: { date: (product.stockDate | localDate) } }}
                  }
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="7" class="muted" data-testid="report-empty">
                  {{ (report.view === 'problems' ? 'quickOrder.noProblems' : 'quickOrder.noLines') | t }}
                </td>
              </tr>
            }
          </tbody>
        </table>
        <lt-pager [page]="report.page" [pages]="pages(report)" (pageChange)="changePage($event)" />
      </section>
    }
  `,
  styles: `
    .inputs { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; margin-bottom: 1rem; }
    .rows { border-collapse: collapse; width: 100%; }
    .rows th { text-align: left; font-size: 0.85rem; }
    .rows td { padding: 0.15rem 0.3rem 0.15rem 0; }
    input.sku { width: 100%; font-family: var(--font-mono); text-transform: uppercase; }
    input.qty { width: 6rem; text-align: right; }
    .rows input { padding: 0.35rem; border: 1px solid var(--border-strong); border-radius: var(--radius); }
    .actions { display: flex; gap: 0.5rem; flex-wrap: wrap; margin-top: 0.6rem; }
    .paste { margin-top: 1rem; }
    .paste textarea { width: 100%; font-family: var(--font-mono); margin-bottom: 0.4rem; }
    .progress { display: flex; gap: 0.6rem; align-items: center; margin-top: 0.8rem; }
    .progress progress { width: 12rem; }
    .report-head { display: flex; justify-content: space-between; align-items: center; flex-wrap: wrap; gap: 0.5rem; }
    .report-bar { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; margin-bottom: 0.5rem; }
    .filter { display: inline-flex; gap: 0.5rem; align-items: center; }
    .table.loading tbody { opacity: 0.5; }
    .undo { margin-left: 0.4rem; font-size: inherit; }
    .table { width: 100%; border-collapse: collapse; }
    .table th, .table td { text-align: left; padding: 0.45rem; border-bottom: 1px solid var(--border); vertical-align: top; }
    .table .num { text-align: right; white-space: nowrap; }
    .sku { font-family: var(--font-mono); white-space: nowrap; }
    .small { font-size: 0.82rem; }
    tr.bad .status { color: var(--danger); font-weight: 600; }
    .ok-note { color: var(--success, green); }
    .suggestion-name { margin-left: 0.4rem; }
    .link { background: none; border: 0; color: var(--accent); cursor: pointer; padding: 0; font: inherit; text-align: left; }
    .price[data-tier='silver'] { color: var(--tier-silver); }
    .price[data-tier='gold'] { color: var(--tier-gold); }
    .price[data-tier='platinum'] { color: var(--tier-platinum); }
  `,
})
export class QuickOrderPage {
  private readonly api = inject(QuickOrderApi);
  private readonly cart = inject(CartApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly rows = signal<Row[]>(emptyRows(5));
  protected readonly pasteText = signal('');
  protected readonly suggestions = signal<{ sku: string; name: string }[]>([]);
  protected readonly busy = signal(false);
  protected readonly progress = signal<CheckProgress | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly notice = signal<ErrorMessage | null>(null);
  protected readonly added = signal(false);
  /** The page of the stored check on screen; its `summary` covers every line. */
  protected readonly report = signal<QuickOrderReport | null>(null);
  /** The view the select shows: the report's, or the one being loaded. */
  protected readonly view = signal<QuickOrderReportView>('all');
  protected readonly loadingPage = signal(false);
  protected readonly downloading = signal(false);
  /** Replacements and suggestions the user took, by report line, across pages and views. */
  protected readonly taken = signal<Record<number, string>>({});

  private running: Subscription | null = null;
  /** Only the newest page request may replace the page on screen. */
  private pageRequest = 0;
  private readonly typed = new Subject<string>();

  private readonly productBySku = computed(
    () => new Map((this.report()?.products ?? []).map((product) => [product.sku, product])),
  );

  /** What "add to cart" adds: the check's orderable products plus every line taken. */
  protected readonly toAdd = computed(
    () => (this.report()?.summary.orderableProducts ?? 0) + Object.keys(this.taken()).length,
  );

  constructor() {
    this.typed
      .pipe(
        debounceTime(200),
        distinctUntilChanged(),
        switchMap((prefix) => (prefix.length < 2 ? of([]) : from(this.api.suggest(prefix)).pipe(catchError(() => of([]))))),
        takeUntilDestroyed(),
      )
      .subscribe((suggestions) => this.suggestions.set(suggestions));
  }

  protected setRow(index: number, change: Partial<Row>): void {
    this.rows.update((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
    if (change.sku !== undefined) this.typed.next(change.sku.trim().toUpperCase());
  }

  protected addRow(): void {
    this.rows.update((rows) => [...rows, ...emptyRows(1)]);
  }

  protected removeRow(index: number): void {
    this.rows.update((rows) => (rows.length > 1 ? rows.filter((_, i) => i !== index) : emptyRows(1)));
  }

  /** Two columns from Excel arrive tab-separated; the CSV reader takes those too. */
  protected addPasted(): void {
    this.error.set(null);
    try {
      const pasted = parseQuickOrderCsv(this.pasteText()).map((entry) => ({ sku: entry.sku, quantity: entry.quantity }));
      this.rows.update((rows) => [...rows.filter((row) => row.sku.trim() || row.quantity.trim()), ...pasted]);
      this.pasteText.set('');
      this.notice.set({ key: 'quickOrder.pasted', params: { count: pasted.length } });
    } catch (error) {
      if (error instanceof QuickOrderCsvError) this.error.set({ key: `errors.${error.code}`, params: { line: error.line ?? '' }, fallback: error.message });
      else throw error;
    }
  }

  protected checkRows(): void {
    const lines = this.rows().filter((row) => row.sku.trim() || row.quantity.trim());
    if (lines.length === 0) return;
    this.run({ lines: lines.map((row) => ({ sku: row.sku, quantity: row.quantity })) });
  }

  protected upload(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > QUICK_ORDER_LIMITS.maxBytes) {
      this.error.set({ key: 'quickOrder.tooLarge' });
      return;
    }
    this.run({ file });
  }

  protected product(sku: string): QuickOrderProduct | undefined {
    return this.productBySku().get(sku);
  }

  protected pages(report: QuickOrderReport): number {
    return Math.max(1, Math.ceil(report.total / report.pageSize));
  }

  protected rangeFrom(report: QuickOrderReport): number {
    return Math.min(report.total, (report.page - 1) * report.pageSize + 1);
  }

  protected rangeTo(report: QuickOrderReport): number {
    return Math.min(report.total, (report.page - 1) * report.pageSize + report.lines.length);
  }

  protected take(line: QuickOrderReportLine, sku: string): void {
    this.taken.update((taken) => ({ ...taken, [line.line]: sku }));
  }

  protected untake(line: QuickOrderReportLine): void {
    this.taken.update((taken) => {
      const rest = { ...taken };
      delete rest[line.line];
      return rest;
    });
  }

  protected changeView(view: QuickOrderReportView): void {
    this.view.set(view);
    void this.loadPage(view, 1);
  }

  protected changePage(page: number): void {
    const report = this.report();
    if (report) void this.loadPage(report.view, page);
  }

  protected async addToCart(): Promise<void> {
    const report = this.report();
    if (!report) return;
    if (this.toAdd() === 0) {
      this.error.set({ key: 'quickOrder.nothingToAdd' });
      return;
    }
    const take = Object.entries(this.taken()).map(([line, sku]) => ({ line: Number(line), sku }));
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      const result = await this.api.addCheckToCart(report.id, take);
      this.notice.set({ key: 'quickOrder.added', params: { count: result.added } });
      this.added.set(true);
      void this.cart.refresh().catch(() => undefined);
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async download(): Promise<void> {
    const report = this.report();
    if (!report) return;
    this.downloading.set(true);
    this.error.set(null);
    try {
      const blob = await this.api.downloadReport(report.id);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = 'quick-order-report.csv';
      link.click();
      // Revoked a moment later: some browsers start the download only after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 1_000);
    } catch (error) {
      this.failed(error);
    } finally {
      this.downloading.set(false);
    }
  }

  /** Replaces the page on screen with `page` of `view`; the summary and what was taken stay. */
  private async loadPage(view: QuickOrderReportView, page: number): Promise<void> {
    const report = this.report();
    if (!report) return;
    const request = ++this.pageRequest;
    this.loadingPage.set(true);
    this.error.set(null);
    try {
      const next = await this.api.page(report.id, view, page, report.pageSize);
      if (request !== this.pageRequest) return;
      this.show(next);
    } catch (error) {
      if (request !== this.pageRequest) return;
      this.view.set(report.view);
      this.failed(error);
    } finally {
      if (request === this.pageRequest) this.loadingPage.set(false);
    }
  }

  private show(report: QuickOrderReport): void {
    this.report.set(report);
    this.view.set(report.view);
  }

  private run(source: QuickOrderSource): void {
    this.running?.unsubscribe();
    this.pageRequest++;
    this.loadingPage.set(false);
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    this.added.set(false);
    this.report.set(null);
    this.taken.set({});
    this.progress.set({ phase: 'uploading', percent: 0 });
    this.running = this.api
      .check(source)
      .pipe(
        switchMap((progress) => (progress.phase === 'done' ? this.firstView(progress.report) : of(progress))),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (progress) => {
          if (progress.phase === 'done') this.show(progress.report);
          else this.progress.set(progress);
        },
        error: (error: unknown) => {
          this.error.set(this.describe(error));
          this.busy.set(false);
          this.progress.set(null);
        },
        complete: () => {
          this.busy.set(false);
          this.progress.set(null);
        },
      });
  }

  /**
   * A report longer than a page that has problems opens on the problems (one more request);
   * if that page cannot be had, the first page of every line is shown.
   */
  private firstView(report: QuickOrderReport): Observable<CheckProgress> {
    const { summary } = report;
    const problems = summary.lines > report.pageSize && summary.ok < summary.lines;
    if (!problems || report.view === 'problems') return of({ phase: 'done', report });
    return concat(
      of<CheckProgress>({ phase: 'receiving', percent: null }),
      from(this.api.page(report.id, 'problems', 1, report.pageSize)).pipe(
        map((page): CheckProgress => ({ phase: 'done', report: page })),
        catchError((error: unknown) => {
          this.error.set(this.describe(error));
          return of<CheckProgress>({ phase: 'done', report });
        }),
      ),
    );
  }

  /** An expired check (kept 24 h) cannot be paged, downloaded or ordered: ask for a new check. */
  private failed(error: unknown): void {
    if (error instanceof HttpErrorResponse && error.status === 404) {
      this.pageRequest++;
      this.loadingPage.set(false);
      this.report.set(null);
      this.taken.set({});
      this.added.set(false);
      this.error.set({ key: 'quickOrder.expired' });
      return;
    }
    this.error.set(this.describe(error));
  }

  /** A refused file names its line. */
  private describe(error: unknown): ErrorMessage {
    const api = apiErrorOf(error);
    const detail = Array.isArray(api?.details) ? api?.details[0] : undefined;
    if (api && detail?.line) return { key: `errors.${api.code}`, params: { line: detail.line }, fallback: api.message };
    return describeError(error);
  }
}
