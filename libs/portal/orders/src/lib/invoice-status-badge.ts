import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@lumen/portal/core';
import type { InvoiceStatus } from '@lumen/shared/contracts';

/** An invoice's status: open neutral, paid green, overdue red. */
@Component({
  selector: 'lt-invoice-status',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="pill" [attr.data-status]="status()">{{ 'invoiceStatus.' + status() | t }}</span>`,
  styleUrl: './status-pill.css',
})
export class InvoiceStatusBadge {
  readonly status = input.required<InvoiceStatus>();
}
