import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type ErrorMessage,
  FormAlert,
  TranslatePipe,
  TranslationService,
  apiErrorOf,
  describeError,
} from '@lumen/portal/core';
import {
  CATALOG_IMPORT_MAX_BYTES,
  type CatalogImportRefusalDetails,
  type CatalogImportReportLine,
  type StockFeedResult,
} from '@lumen/shared/contracts';
import { CatalogAdminApi } from './catalog-admin.api';
import { FileButton } from './file-button';
import { type UploadProgress, UploadProgressBar } from '@lumen/portal/core';

const MB = 1024 * 1024;

/** The supplier's or ERP's stock file (`sku;stock_status;expected_date`): all lines or none. */
@Component({
  selector: 'lt-stock-feed-card',
  imports: [FileButton, FormAlert, TranslatePipe, UploadProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'catalogAdmin.stockFeed.title' | t }}</h2>
    <p class="muted">{{ 'catalogAdmin.stockFeed.lead' | t }}</p>
    <lt-file-button
      label="catalogAdmin.stockFeed.file"
      accept=".csv,.txt,text/csv"
      testId="stock-feed-file"
      [disabled]="progress() !== null"
      (chosen)="choose($event)"
    />
    <lt-upload-progress
      [progress]="progress()"
      uploadingKey="catalogAdmin.import.uploading"
      processingKey="catalogAdmin.import.processing"
    />
    <lt-form-alert [message]="error()" />
    @if (refused().length) {
      <ul class="refused" data-testid="stock-feed-refused">
        @for (line of refused(); track line.line) {
          <li>{{ describeLine(line) }}</li>
        }
      </ul>
    }
    @if (result(); as result) {
      <div class="alert alert-success" role="status" data-testid="stock-feed-result">
        {{
          'catalogAdmin.stockFeed.result'
            | t: { lines: result.lines, changed: result.changed, unchanged: result.unchanged }
        }}
      </div>
    }
  `,
  styles: `
    h2 {
      margin-top: 0;
    }
    .refused {
      margin: 0.5rem 0 0;
      padding-left: 1.1rem;
      color: var(--danger);
      font-size: 0.85rem;
      overflow-wrap: anywhere;
    }
  `,
})
export class StockFeedCard {
  private readonly api = inject(CatalogAdminApi);
  private readonly translations = inject(TranslationService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly progress = signal<UploadProgress<StockFeedResult> | null>(null);
  protected readonly result = signal<StockFeedResult | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly refused = signal<CatalogImportReportLine[]>([]);

  protected choose(file: File): void {
    this.result.set(null);
    this.refused.set([]);
    this.error.set(null);
    if (file.size > CATALOG_IMPORT_MAX_BYTES) {
      this.error.set({ key: 'catalogAdmin.import.tooLarge', params: { mb: CATALOG_IMPORT_MAX_BYTES / MB } });
      return;
    }
    this.progress.set({ phase: 'uploading', percent: 0 });
    this.api
      .stockFeed(file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (step) => (step.phase === 'done' ? this.result.set(step.result) : this.progress.set(step)),
        error: (error: unknown) => {
          this.progress.set(null);
          const api = apiErrorOf(error);
          const details =
            api?.code === 'import_has_refusals' ? (api.details as unknown as CatalogImportRefusalDetails) : undefined;
          if (details) {
            this.error.set({ key: 'catalogAdmin.stockFeed.refused', params: { count: details.summary.refused } });
            this.refused.set(details.refused);
          } else this.error.set(describeError(error));
        },
        complete: () => this.progress.set(null),
      });
  }

  /** "Line 3 (LT-1): stock status: not one of the allowed values". */
  protected describeLine(line: CatalogImportReportLine): string {
    const reasons = (line.problems ?? []).map((problem) => {
      const field = this.translations.translate(
        problem.field ? `catalogAdmin.fields.${problem.field}` : 'catalogAdmin.import.whole',
      );
      const key = `catalogAdmin.import.problem.${problem.code}`;
      return `${field}: ${this.translations.has(key) ? this.translations.translate(key) : problem.message}`;
    });
    return `${this.translations.translate('catalogAdmin.import.line')} ${line.line}${line.sku ? ` (${line.sku})` : ''}: ${reasons.join('; ')}`;
  }
}
