import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { type ErrorMessage, TranslatePipe } from '@lumen/portal/core';
import type { QuickOrderInputLine } from '@lumen/shared/contracts';
import { QuickOrderCsvError, parseQuickOrderCsv } from '@lumen/shared/domain';
import { SkuCombobox } from './sku-combobox';

interface Row {
  sku: string;
  quantity: string;
}

const emptyRows = (count: number): Row[] => Array.from({ length: count }, () => ({ sku: '', quantity: '' }));

/**
 * The rows of a quick order: article number and quantity, suggestions as you type, and two
 * columns pasted from a spreadsheet. "Check" hands the filled rows to the page.
 */
@Component({
  selector: 'lt-quick-order-rows',
  imports: [FormsModule, SkuCombobox, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quick-order-rows.html',
  styleUrl: './quick-order-rows.css',
})
export class QuickOrderRows {
  readonly busy = input(false);
  readonly checked = output<QuickOrderInputLine[]>();
  /** How many rows a paste added. */
  readonly pasted = output<number>();
  readonly pasteFailed = output<ErrorMessage>();

  protected readonly rows = signal<Row[]>(emptyRows(5));
  protected readonly pasteText = signal('');

  protected setRow(index: number, change: Partial<Row>): void {
    this.rows.update((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }

  protected addRow(): void {
    this.rows.update((rows) => [...rows, ...emptyRows(1)]);
  }

  protected removeRow(index: number): void {
    this.rows.update((rows) => (rows.length > 1 ? rows.filter((_, i) => i !== index) : emptyRows(1)));
  }

  /** Two columns from Excel arrive tab-separated; the CSV reader takes those too. */
  protected addPasted(): void {
    try {
      const pasted = parseQuickOrderCsv(this.pasteText()).map((entry) => ({
        sku: entry.sku,
        quantity: entry.quantity,
      }));
      this.rows.update((rows) => [...rows.filter((row) => row.sku.trim() || row.quantity.trim()), ...pasted]);
      this.pasteText.set('');
      this.pasted.emit(pasted.length);
    } catch (error) {
      if (!(error instanceof QuickOrderCsvError)) throw error;
      this.pasteFailed.emit({
        key: `errors.${error.code}`,
        params: { line: error.line ?? '' },
        fallback: error.message,
      });
    }
  }

  protected check(): void {
    const lines = this.rows().filter((row) => row.sku.trim() || row.quantity.trim());
    if (lines.length > 0) this.checked.emit(lines.map((row) => ({ sku: row.sku, quantity: row.quantity })));
  }
}
