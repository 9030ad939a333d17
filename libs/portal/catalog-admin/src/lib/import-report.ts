import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { LocalDatePipe, Pager, TranslatePipe, TranslationService } from '@lumen/portal/core';
import {
  CATALOG_IMPORT_REPORT_VIEWS,
  type CatalogImportField,
  type CatalogImportProblem,
  type CatalogImportReport,
  type CatalogImportReportView,
} from '@lumen/shared/contracts';

/** How many lines "apply" would write: the new and the changed ones. */
const toApply = (report: CatalogImportReport): number => report.summary.created + report.summary.changed;

/**
 * The report of an import: the counts of every line, one page of lines (created, changed with
 * the fields it changes, unchanged, refused with each reason by field) and "apply". The page
 * owns the stored report; this shows it and says what the user asked for.
 */
@Component({
  selector: 'lt-import-report',
  imports: [FormsModule, LocalDatePipe, Pager, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-report.html',
  styleUrl: './import-report.css',
})
export class ImportReportCard {
  private readonly translations = inject(TranslationService);
  readonly report = input.required<CatalogImportReport>();
  /** The view the select shows: the report's, or the one being loaded. */
  readonly view = input.required<CatalogImportReportView>();
  readonly loadingPage = input(false);
  readonly applying = input(false);
  readonly canApply = input(false);

  readonly viewChange = output<CatalogImportReportView>();
  readonly pageChange = output<number>();
  readonly apply = output();

  protected readonly views = CATALOG_IMPORT_REPORT_VIEWS;
  protected readonly toApply = computed(() => toApply(this.report()));
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.report().total / this.report().pageSize)));
  protected readonly rangeFrom = computed(() => {
    const report = this.report();
    return Math.min(report.total, (report.page - 1) * report.pageSize + 1);
  });
  protected readonly rangeTo = computed(() => {
    const report = this.report();
    return Math.min(report.total, (report.page - 1) * report.pageSize + report.lines.length);
  });

  protected fieldName(field: CatalogImportField | null): string {
    return this.translations.translate(field ? `catalogAdmin.fields.${field}` : 'catalogAdmin.import.whole');
  }

  protected fieldNames(fields: readonly CatalogImportField[] | undefined): string {
    return (fields ?? []).map((field) => this.fieldName(field)).join(', ');
  }

  /** "Price: out of range" in the user's words; the API's own sentence for a reason we do not know. */
  protected reason(problem: CatalogImportProblem): string {
    const key = `catalogAdmin.import.problem.${problem.code}`;
    const why = this.translations.has(key) ? this.translations.translate(key) : problem.message;
    return `${this.fieldName(problem.field)}: ${why}`;
  }
}
