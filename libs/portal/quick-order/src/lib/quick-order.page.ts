import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { CartApi } from '@lumen/portal/cart';
import {
  type ErrorMessage,
  FormAlert,
  TranslatePipe,
  TranslationService,
  apiErrorOf,
  describeError,
  formatCount,
  saveFile,
} from '@lumen/portal/core';
import type {
  QuickOrderInputLine,
  QuickOrderReport,
  QuickOrderReportLine,
  QuickOrderReportView,
} from '@lumen/shared/contracts';
import { QUICK_ORDER_LIMITS } from '@lumen/shared/domain';
import { type Observable, type Subscription, catchError, concat, from, map, of, switchMap } from 'rxjs';
import { QuickOrderReportCard, type TakenChoice, type TakenLine } from './quick-order-report';
import { QuickOrderRows } from './quick-order-rows';
import { QuickOrderUpload } from './quick-order-upload';
import { type CheckProgress, QuickOrderApi, type QuickOrderSource } from './quick-order.api';

/**
 * Quick order (PRODUCT.md §7): rows with suggestions as you type, paste from a spreadsheet,
 * CSV or Excel upload with progress; then a report on every line with its actions — take the
 * replacement, use a suggestion, add the valid lines to the cart, download the report.
 * The server keeps the check (24 h) and sends its lines a page at a time: paging, the CSV
 * download and "add to cart" all name the stored check. This page owns the check; the rows,
 * the upload and the report are its children.
 */
@Component({
  selector: 'lt-quick-order-page',
  imports: [RouterLink, FormAlert, TranslatePipe, QuickOrderReportCard, QuickOrderRows, QuickOrderUpload],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quick-order.page.html',
  styleUrl: './quick-order.page.css',
})
export class QuickOrderPage {
  private readonly api = inject(QuickOrderApi);
  private readonly cart = inject(CartApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly translations = inject(TranslationService);

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
  protected readonly taken = signal<Record<number, TakenChoice>>({});

  private running: Subscription | null = null;
  /** Only the newest page request may replace the page on screen. */
  private pageRequest = 0;

  /** What "add to cart" adds: the check's orderable products plus every line taken. */
  protected readonly toAdd = computed(
    () => (this.report()?.summary.orderableProducts ?? 0) + Object.keys(this.taken()).length,
  );
  /** The "valid lines" total, the lines taken included. */
  protected readonly orderableTotalOre = computed(() =>
    Object.values(this.taken()).reduce(
      (total, choice) => total + choice.quantity * choice.unitPriceOre,
      this.report()?.summary.orderableTotalOre ?? 0,
    ),
  );

  protected pasted(count: number): void {
    this.error.set(null);
    this.notice.set({ key: 'quickOrder.pasted', params: { count: this.count(count) } });
  }

  protected pasteFailed(message: ErrorMessage): void {
    this.error.set(message);
  }

  protected checkRows(lines: QuickOrderInputLine[]): void {
    this.run({ lines });
  }

  protected upload(file: File): void {
    if (file.size > QUICK_ORDER_LIMITS.maxBytes) {
      this.error.set({ key: 'quickOrder.tooLarge' });
      return;
    }
    this.run({ file });
  }

  protected take({ line, sku }: TakenLine): void {
    const product = this.report()?.products.find((candidate) => candidate.sku === sku);
    const choice: TakenChoice = {
      sku,
      quantity: line.summedQuantity ?? line.quantity ?? 0,
      unitPriceOre: product?.price?.unitPriceOre ?? 0,
    };
    this.taken.update((taken) => ({ ...taken, [line.line]: choice }));
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
    const take = Object.entries(this.taken()).map(([line, { sku }]) => ({ line: Number(line), sku }));
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      const result = await this.api.addCheckToCart(report.id, take);
      this.notice.set({ key: 'quickOrder.added', params: { count: this.count(result.added) } });
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
      saveFile(blob, 'quick-order-report.csv');
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
    if (api && detail?.line) return { key: `errors.${api.code}`, params: { line: this.count(Number(detail.line)) }, fallback: api.message };
    return describeError(error);
  }

  /** A count in a notice, grouped as the count pipe groups it (`80 000`). */
  private count(count: number): string {
    return formatCount(count, this.translations.locale());
  }
}
