import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AuthStore, type ErrorMessage, FormAlert, TranslatePipe, apiErrorOf, describeError } from '@lumen/portal/core';
import {
  CATALOG_IMPORT_COLUMNS,
  CATALOG_IMPORT_MAX_BYTES,
  CATALOG_IMPORT_MAX_LINES,
  type CatalogImportMode,
  type CatalogImportRefusalDetails,
  type CatalogImportReport,
  type CatalogImportReportView,
} from '@lumen/shared/contracts';
import type { Subscription } from 'rxjs';
import { CatalogAdminNav } from './admin-nav';
import { CatalogAdminApi } from './catalog-admin.api';
import { ExportCard } from './export-card';
import { FileButton } from './file-button';
import { ImportReportCard } from './import-report';
import { StockFeedCard } from './stock-feed-card';
import { type UploadProgress, UploadProgressBar } from '@lumen/portal/core';

const MB = 1024 * 1024;

/**
 * Import (PRODUCT.md §16): a CSV or XLSX is first a dry run whose report the server keeps and
 * sends a page at a time; "apply" sends the same file again to be written in one transaction.
 * The stock feed and the export are cards of their own on the same page.
 */
@Component({
  selector: 'lt-catalog-admin-import-page',
  imports: [
    CatalogAdminNav,
    ExportCard,
    FileButton,
    FormAlert,
    ImportReportCard,
    StockFeedCard,
    TranslatePipe,
    UploadProgressBar,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import.page.html',
  styleUrl: './import.page.css',
})
export class CatalogAdminImportPage {
  private readonly api = inject(CatalogAdminApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly canEdit = inject(AuthStore).can('update', 'Product');
  protected readonly columns = CATALOG_IMPORT_COLUMNS;
  protected readonly limits = {
    lines: CATALOG_IMPORT_MAX_LINES.toLocaleString('nb-NO'),
    mb: CATALOG_IMPORT_MAX_BYTES / MB,
  };

  protected readonly progress = signal<UploadProgress<CatalogImportReport> | null>(null);
  protected readonly mode = signal<CatalogImportMode>('dry-run');
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly notice = signal<ErrorMessage | null>(null);
  /** The page of the stored report on screen; its `summary` covers every line. */
  protected readonly report = signal<CatalogImportReport | null>(null);
  protected readonly view = signal<CatalogImportReportView>('all');
  protected readonly loadingPage = signal(false);
  /** The file of the dry run on screen, sent again by "apply". */
  private file: File | null = null;
  private running: Subscription | null = null;
  /** Only the newest page request may replace the page on screen. */
  private pageRequest = 0;

  protected choose(file: File): void {
    if (file.size > CATALOG_IMPORT_MAX_BYTES) {
      this.error.set({ key: 'catalogAdmin.import.tooLarge', params: { mb: this.limits.mb } });
      return;
    }
    this.file = file;
    this.run('dry-run');
  }

  protected applyImport(): void {
    if (this.file) this.run('apply');
  }

  protected changeView(view: CatalogImportReportView): void {
    this.view.set(view);
    void this.loadPage(view, 1);
  }

  protected changePage(page: number): void {
    const report = this.report();
    if (report) void this.loadPage(report.view, page);
  }

  private run(mode: CatalogImportMode): void {
    const file = this.file;
    if (!file) return;
    this.running?.unsubscribe();
    this.pageRequest++;
    this.loadingPage.set(false);
    this.mode.set(mode);
    this.error.set(null);
    this.notice.set(null);
    if (mode === 'dry-run') this.report.set(null);
    this.progress.set({ phase: 'uploading', percent: 0 });
    this.running = this.api
      .importFile(file, mode)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (step) => {
          if (step.phase !== 'done') {
            this.progress.set(step);
            return;
          }
          this.show(step.result);
          if (step.result.applied) {
            const { created, changed, unchanged } = step.result.summary;
            this.notice.set({ key: 'catalogAdmin.import.applied', params: { created, changed, unchanged } });
            this.file = null;
          }
        },
        error: (error: unknown) => {
          this.progress.set(null);
          void this.refused(error);
        },
        complete: () => this.progress.set(null),
      });
  }

  /**
   * An apply refused because lines are refused (the catalog changed since the dry run) still
   * has a stored report: show it, so the lines can be read.
   */
  private async refused(error: unknown): Promise<void> {
    this.error.set(this.describe(error));
    const api = apiErrorOf(error);
    const details =
      api?.code === 'import_has_refusals' ? (api.details as CatalogImportRefusalDetails | undefined) : undefined;
    if (!details?.importId) return;
    try {
      this.show(await this.api.importPage(details.importId, 'problems', 1, this.report()?.pageSize ?? 100));
    } catch {
      // The refusal above already says what happened.
    }
  }

  /** Replaces the page on screen with `page` of `view`; the summary stays. */
  private async loadPage(view: CatalogImportReportView, page: number): Promise<void> {
    const report = this.report();
    if (!report) return;
    const request = ++this.pageRequest;
    this.loadingPage.set(true);
    this.error.set(null);
    try {
      const next = await this.api.importPage(report.id, view, page, report.pageSize);
      if (request === this.pageRequest) this.show(next);
    } catch (error) {
      if (request !== this.pageRequest) return;
      this.view.set(report.view);
      if (error instanceof HttpErrorResponse && error.status === 404) {
        this.report.set(null);
        this.file = null;
        this.error.set({ key: 'catalogAdmin.import.expired' });
      } else this.error.set(describeError(error));
    } finally {
      if (request === this.pageRequest) this.loadingPage.set(false);
    }
  }

  private show(report: CatalogImportReport): void {
    this.report.set(report);
    this.view.set(report.view);
  }

  /** A file refused whole names its line when it can. */
  private describe(error: unknown): ErrorMessage {
    const api = apiErrorOf(error);
    const detail = Array.isArray(api?.details) ? api?.details[0] : undefined;
    if (api && detail?.line) return { key: `errors.${api.code}`, params: { line: detail.line }, fallback: api.message };
    return describeError(error);
  }
}
