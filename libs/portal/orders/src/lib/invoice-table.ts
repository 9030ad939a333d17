import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  TranslatePipe,
  TranslationService,
  describeError,
  saveFile,
} from '@lumen/portal/core';
import type { InvoiceSummary } from '@lumen/shared/contracts';
import { InvoiceStatusBadge } from './invoice-status-badge';
import { type DocumentFormat, OrdersApi } from './orders.api';

/** Invoices and credit notes with their status, and their PDF and EHF to download. */
@Component({
  selector: 'lt-invoice-table',
  imports: [RouterLink, FormAlert, LocalDatePipe, MoneyPipe, TranslatePipe, InvoiceStatusBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invoice-table.html',
  styleUrl: './invoice-table.css',
})
export class InvoiceTable {
  private readonly api = inject(OrdersApi);
  private readonly translations = inject(TranslationService);
  readonly invoices = input.required<readonly InvoiceSummary[]>();
  /** On the company's invoices page each row names its order; on the order page it is that order. */
  readonly showOrder = input(false);
  readonly showCompany = input(false);
  protected readonly downloading = signal<string | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);

  protected async download(invoice: InvoiceSummary, format: DocumentFormat): Promise<void> {
    this.downloading.set(`${invoice.id}.${format}`);
    this.error.set(null);
    try {
      const blob = await this.api.document(invoice.id, format);
      saveFile(blob, `${this.translations.translate(`invoices.file.${invoice.kind}`)}-${invoice.number}.${format}`);
    } catch (error) {
      this.error.set(describeError(error));
    } finally {
      this.downloading.set(null);
    }
  }
}
