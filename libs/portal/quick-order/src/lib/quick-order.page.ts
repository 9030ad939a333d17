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
  TranslatePipe,
  apiErrorOf,
  describeError,
} from '@lumen/portal/core';
import type { QuickOrderProduct, QuickOrderReport, QuickOrderReportLine } from '@lumen/shared/contracts';
import { QUICK_ORDER_MAX_FILE_BYTES } from '@lumen/shared/contracts';
import { QuickOrderCsvError, parseQuickOrderCsv } from '@lumen/shared/domain';
import { Subject, debounceTime, distinctUntilChanged, switchMap, from, catchError, of, type Subscription } from 'rxjs';
import { type CheckProgress, QuickOrderApi, type QuickOrderSource } from './quick-order.api';

interface Row {
  sku: string;
  quantity: string;
}

const PAGE = 200;
const emptyRows = (count: number): Row[] => Array.from({ length: count }, () => ({ sku: '', quantity: '' }));

/**
 * Quick order (PRODUCT.md §7): rows with suggestions as you type, paste from a spreadsheet,
 * CSV upload with progress; then a report on every line with its actions — take the
 * replacement, use a suggestion, add the valid lines to the cart, download the report.
 */
@Component({
  selector: 'lt-quick-order-page',
  imports: [FormsModule, RouterLink, FormAlert, LocalDatePipe, MoneyPipe, TranslatePipe],
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
        <input type="file" accept=".csv,text/csv,text/plain" data-testid="csv-file" [disabled]="busy()" (change)="upload($event)" />
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
      <section class="card report" data-testid="quick-order-report">
        <div class="report-head">
          <h2>{{ 'quickOrder.report' | t }}</h2>
          <div class="actions">
            <button class="btn btn-secondary" type="button" data-testid="download-report" (click)="download()">
              {{ 'quickOrder.download' | t }}
            </button>
            <button class="btn btn-primary" type="button" data-testid="add-to-cart" [disabled]="busy() || chosen().length === 0"
              (click)="addToCart()">
              {{ 'quickOrder.addToCart' | t: { count: chosen().length } }}
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
        <p class="muted">{{ 'quickOrder.orderableTotal' | t: { amount: (report.summary.orderableTotalOre | money) } }}</p>
        <label class="filter">
          {{ 'quickOrder.show' | t }}
          <select [ngModel]="onlyProblems()" (ngModelChange)="onlyProblems.set($event); shown.set(PAGE)">
            <option [ngValue]="true">{{ 'quickOrder.showProblems' | t }}</option>
            <option [ngValue]="false">{{ 'quickOrder.showAll' | t }}</option>
          </select>
        </label>
        <table class="table" data-testid="report-lines">
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
            @for (line of visibleLines(); track line.line) {
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
                    <div class="small ok-note">{{ 'quickOrder.taken' | t: { sku } }}</div>
                  } @else {
                    @if (line.replacementSku; as replacement) {
                      <div><button class="link" type="button" [attr.data-testid]="'take-replacement-' + line.line"
                        (click)="take(line, replacement)">{{ 'quickOrder.takeReplacement' | t: { sku: replacement } }}</button></div>
                    }
                    @for (suggestion of line.suggestions ?? []; track suggestion) {
                      <div><button class="link" type="button" (click)="take(line, suggestion)">{{ 'quickOrder.useSuggestion' | t: { sku: suggestion } }}</button>
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
            }
          </tbody>
        </table>
        @if (filteredLines().length > shown()) {
          <button class="btn btn-secondary" type="button" (click)="shown.set(shown() + PAGE)">{{ 'quickOrder.showMore' | t }}</button>
        }
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
    .filter { display: inline-flex; gap: 0.5rem; align-items: center; margin-bottom: 0.5rem; }
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
  protected readonly PAGE = PAGE;

  protected readonly rows = signal<Row[]>(emptyRows(5));
  protected readonly pasteText = signal('');
  protected readonly suggestions = signal<{ sku: string; name: string }[]>([]);
  protected readonly busy = signal(false);
  protected readonly progress = signal<CheckProgress | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly notice = signal<ErrorMessage | null>(null);
  protected readonly added = signal(false);
  protected readonly report = signal<QuickOrderReport | null>(null);
  /** Replacements and suggestions the user took, by report line. */
  protected readonly taken = signal<Record<number, string>>({});
  protected readonly onlyProblems = signal(false);
  protected readonly shown = signal(PAGE);

  private source: QuickOrderSource | null = null;
  private running: Subscription | null = null;
  private readonly typed = new Subject<string>();

  protected readonly filteredLines = computed(() => {
    const lines = this.report()?.lines ?? [];
    return this.onlyProblems() ? lines.filter((line) => line.status !== 'ok') : lines;
  });
  protected readonly visibleLines = computed(() => this.filteredLines().slice(0, this.shown()));
  private readonly productBySku = computed(
    () => new Map((this.report()?.products ?? []).map((product) => [product.sku, product])),
  );

  /** What "add to cart" sends: the valid lines, plus taken replacements, summed by SKU. */
  protected readonly chosen = computed(() => {
    const report = this.report();
    if (!report) return [];
    const bySku = new Map(report.orderable.map((item) => [item.sku, item.quantity]));
    for (const line of report.lines) {
      const sku = this.taken()[line.line];
      if (sku && line.quantity !== null) bySku.set(sku, (bySku.get(sku) ?? 0) + line.quantity);
    }
    return [...bySku].map(([sku, quantity]) => ({ sku, quantity }));
  });

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
    if (file.size > QUICK_ORDER_MAX_FILE_BYTES) {
      this.error.set({ key: 'quickOrder.tooLarge' });
      return;
    }
    this.run({ file });
  }

  protected product(sku: string): QuickOrderProduct | undefined {
    return this.productBySku().get(sku);
  }

  protected take(line: QuickOrderReportLine, sku: string): void {
    this.taken.update((taken) => ({ ...taken, [line.line]: sku }));
  }

  protected async addToCart(): Promise<void> {
    const items = this.chosen();
    if (items.length === 0) {
      this.error.set({ key: 'quickOrder.nothingToAdd' });
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      const result = await this.api.addToCart(items);
      this.notice.set({ key: 'quickOrder.added', params: { count: result.added } });
      this.added.set(true);
      void this.cart.refresh().catch(() => undefined);
    } catch (error) {
      this.error.set(describeError(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async download(): Promise<void> {
    if (!this.source) return;
    try {
      const blob = await this.api.downloadReport(this.source);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = 'quick-order-report.csv';
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      this.error.set(describeError(error));
    }
  }

  private run(source: QuickOrderSource): void {
    this.running?.unsubscribe();
    this.source = source;
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    this.added.set(false);
    this.taken.set({});
    this.progress.set({ phase: 'uploading', percent: 0 });
    this.running = this.api
      .check(source)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (progress) => {
          if (progress.phase !== 'done') {
            this.progress.set(progress);
            return;
          }
          this.report.set(progress.report);
          this.onlyProblems.set(progress.report.summary.lines > PAGE && progress.report.summary.ok < progress.report.summary.lines);
          this.shown.set(PAGE);
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

  /** A refused file names its line. */
  private describe(error: unknown): ErrorMessage {
    const api = apiErrorOf(error);
    const detail = Array.isArray(api?.details) ? api?.details[0] : undefined;
    if (api && detail?.line) return { key: `errors.${api.code}`, params: { line: detail.line }, fallback: api.message };
    return describeError(error);
  }
}
