import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  AuthStore,
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  TierBadge,
  TranslatePipe,
  describeError,
} from '@lumen/portal/core';
import type { CartItem } from '@lumen/shared/contracts';
import { ORDER_LINE_QUANTITY_MAX } from '@lumen/shared/domain';
import { CartApi } from './cart.api';

/** The cart: tier prices, quantities edited in place, VAT and the shipping estimate. */
@Component({
  selector: 'lt-cart-page',
  imports: [RouterLink, FormAlert, LocalDatePipe, MoneyPipe, TierBadge, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cart.page.html',
  styleUrl: './cart.page.css',
})
export class CartPage implements OnInit {
  private readonly api = inject(CartApi);
  protected readonly auth = inject(AuthStore);
  protected readonly maxQuantity = ORDER_LINE_QUANTITY_MAX;
  protected readonly cart = this.api.cart;
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly tier = computed(() => this.auth.company()?.tier ?? null);
  protected readonly hasProblems = computed(() => (this.cart()?.items ?? []).some((item) => item.problem));

  ngOnInit(): void {
    void this.run(() => this.api.refresh());
  }

  protected setQuantity(item: CartItem, quantity: number): void {
    if (!Number.isInteger(quantity) || quantity < 1) return;
    void this.run(() => this.api.setQuantity(item.id, quantity));
  }

  protected remove(item: CartItem): void {
    void this.run(() => this.api.remove(item.id));
  }

  private async run(action: () => Promise<unknown>): Promise<void> {
    this.error.set(null);
    try {
      await action();
    } catch (error) {
      this.error.set(describeError(error));
    }
  }
}
