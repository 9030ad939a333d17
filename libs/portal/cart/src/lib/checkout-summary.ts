import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MoneyPipe, TranslatePipe } from '@lumen/portal/core';
import type { ShippingCharges } from '@lumen/shared/contracts';
import { totalsWithVat } from '@lumen/shared/domain';

/** A line of the order about to be placed: the cart's or the accepted quote's. */
export interface CheckoutSummaryLine {
  sku: string;
  name: string;
  quantity: number;
  lineTotalOre: number;
}

/**
 * What "Place order" will order and cost: the lines, goods, shipping for the chosen method and
 * address, VAT and the total — for the cart and for an accepted quote alike. VAT is on the total
 * with shipping, by the same domain rule the API prices the order with.
 */
@Component({
  selector: 'lt-checkout-summary',
  imports: [MoneyPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './checkout-summary.html',
  styleUrl: './checkout-summary.css',
})
export class CheckoutSummary {
  readonly lines = input.required<CheckoutSummaryLine[]>();
  /** The chosen shipping option's charges; null until an address is chosen. */
  readonly shipping = input<ShippingCharges | null>(null);

  protected readonly goodsOre = computed(() => this.lines().reduce((sum, line) => sum + line.lineTotalOre, 0));
  protected readonly totals = computed(() => {
    const shipping = this.shipping();
    return shipping ? totalsWithVat([this.goodsOre(), shipping.totalOre]) : null;
  });
}
