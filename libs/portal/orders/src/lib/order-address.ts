import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { OrderAddress } from '@lumen/shared/contracts';

/** An order's delivery address as a postal block; the buyer's order page and the staff desk show the same one. */
@Component({
  selector: 'lt-order-address',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let at = address();
    <address>
      @if (at.label) {
        {{ at.label }}<br />
      }
      {{ at.line1 }}<br />
      @if (at.line2) {
        {{ at.line2 }}<br />
      }
      {{ at.postalCode }} {{ at.city }}, {{ at.country }}
    </address>
  `,
  styles: `
    address {
      font-style: normal;
    }
  `,
})
export class OrderAddressView {
  readonly address = input.required<OrderAddress>();
}
