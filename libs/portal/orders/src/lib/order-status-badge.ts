import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@lumen/portal/core';
import type { OrderStatus } from '@lumen/shared/contracts';

/** An order's status as a pill: waiting ones amber, done ones green, the rest neutral. */
@Component({
  selector: 'lt-order-status',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="pill" [attr.data-status]="status()">{{ 'orderStatus.' + status() | t }}</span>`,
  styleUrl: './status-pill.css',
})
export class OrderStatusBadge {
  readonly status = input.required<OrderStatus>();
}
