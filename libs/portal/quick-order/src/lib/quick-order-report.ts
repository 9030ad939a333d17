import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { CountPipe, LocalDatePipe, MoneyPipe, Pager, TranslatePipe } from '@lumen/portal/core';
import type {
  QuickOrderProduct,
  QuickOrderReport,
  QuickOrderReportLine,
  QuickOrderReportView,
} from '@lumen/shared/contracts';

/** A replacement or suggestion the user took for a report line. */
export interface TakenLine {
  line: QuickOrderReportLine;
  sku: string;
}

/**
 * What was taken for a line, kept with the quantity and price it adds: the line may be on a
 * page no longer on screen when the total is summed.
 */
export interface TakenChoice {
  sku: string;
  quantity: number;
  unitPriceOre: number;
}

/**
 * The report on a stored check: the summary of every line, one page of lines with what can be
 * done about each (take the replacement, use a suggestion), and "download" / "add to cart".
 * The page owns the check; this shows it and says what the user chose.
 */
@Component({
  selector: 'lt-quick-order-report',
  imports: [FormsModule, CountPipe, LocalDatePipe, MoneyPipe, Pager, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quick-order-report.html',
  styleUrl: './quick-order-report.css',
})
export class QuickOrderReportCard {
  readonly report = input.required<QuickOrderReport>();
  /** Replacements and suggestions taken, by report line. */
  readonly taken = input.required<Record<number, TakenChoice>>();
  /** The view the select shows: the report's, or the one being loaded. */
  readonly view = input.required<QuickOrderReportView>();
  readonly loadingPage = input(false);
  readonly busy = input(false);
  readonly downloading = input(false);
  /** How many products "add to cart" would add. */
  readonly toAdd = input.required<number>();
  /** What they cost, excl. VAT: the orderable lines' total plus the lines taken. */
  readonly orderableTotalOre = input.required<number>();

  readonly took = output<TakenLine>();
  readonly untook = output<QuickOrderReportLine>();
  readonly viewChange = output<QuickOrderReportView>();
  readonly pageChange = output<number>();
  readonly download = output();
  readonly addToCart = output();

  private readonly productBySku = computed(
    () => new Map(this.report().products.map((product) => [product.sku, product])),
  );
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.report().total / this.report().pageSize)));
  protected readonly rangeFrom = computed(() => {
    const report = this.report();
    return Math.min(report.total, (report.page - 1) * report.pageSize + 1);
  });
  protected readonly rangeTo = computed(() => {
    const report = this.report();
    return Math.min(report.total, (report.page - 1) * report.pageSize + report.lines.length);
  });

  /** The product a row stands for now: the one taken for it, else its own. */
  protected productOfLine(line: QuickOrderReportLine): QuickOrderProduct | undefined {
    return this.productOf(this.taken()[line.line]?.sku ?? line.sku);
  }

  protected productOf(sku: string): QuickOrderProduct | undefined {
    return this.productBySku().get(sku);
  }
}
