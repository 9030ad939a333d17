import { ChangeDetectionStrategy, Component, type OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  TranslatePipe,
  describeError,
} from '@lumen/portal/core';
import type { ReturnDetail } from '@lumen/shared/contracts';
import { AfterSalesApi } from './after-sales.api';
import { CreditNoteLinks, ReturnLabelButton } from './document-links';
import { AfterSalesStatus } from './status-pill';

/**
 * One return: its RMA number and label to print, the lines with staff's verdicts, and the
 * credit notes for what was accepted (PDF and EHF), refunded to the order's payment method.
 */
@Component({
  selector: 'lt-return-page',
  imports: [
    RouterLink,
    FormAlert,
    LocalDatePipe,
    MoneyPipe,
    TranslatePipe,
    AfterSalesStatus,
    CreditNoteLinks,
    ReturnLabelButton,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './return.page.html',
  styleUrl: './detail.css',
})
export class ReturnPage implements OnInit {
  private readonly api = inject(AfterSalesApi);
  readonly id = input.required<string>();
  protected readonly item = signal<ReturnDetail | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      this.item.set(await this.api.returnDetail(this.id()));
    } catch (error) {
      this.error.set(describeError(error));
    }
  }
}
