import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  AuthStore,
  type ErrorMessage,
  FormAlert,
  INTL_LOCALE,
  TranslatePipe,
  TranslationService,
  apiErrorOf,
  describeError,
} from '@lumen/portal/core';
import type { ProductSummary } from '@lumen/shared/contracts';
import { ORDER_LINE_QUANTITY_MAX } from '@lumen/shared/domain';
import { AddedToCart } from './added-to-cart';
import { CartApi } from './cart.api';
import { CART_TRANSLATIONS } from './cart.translations';

/** What the button needs to know of a product. */
export type CartProduct = Pick<ProductSummary, 'sku' | 'name' | 'lifecycle' | 'replacementSku'>;

/**
 * "Add to cart" with a quantity, for a catalog card or a product page:
 *   <lt-add-to-cart [product]="product" />
 * A stepper (− / number / +), Enter adds, a toast by the header's cart icon confirms. Shown only
 * to those who may use a cart (`use Cart`): visitors and staff see nothing. An end-of-life
 * product says it cannot be ordered instead of offering the button.
 */
@Component({
  selector: 'lt-add-to-cart',
  imports: [FormsModule, FormAlert, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './add-to-cart.html',
  styleUrl: './add-to-cart.css',
})
export class AddToCart {
  protected readonly auth = inject(AuthStore);
  private readonly cart = inject(CartApi);
  private readonly added = inject(AddedToCart);
  private readonly translations = inject(TranslationService);

  readonly product = input.required<CartProduct>();

  protected readonly max = ORDER_LINE_QUANTITY_MAX;
  protected readonly quantity = signal<number | null>(1);
  protected readonly busy = signal(false);
  protected readonly error = signal<ErrorMessage | null>(null);

  constructor() {
    // A product page may come before the header's cart icon, which registers these too.
    this.translations.register(CART_TRANSLATIONS);
  }

  protected step(by: number): void {
    this.error.set(null);
    this.quantity.update((quantity) => Math.min(this.max, Math.max(1, Math.trunc(quantity ?? 0) + by)));
  }

  protected async add(): Promise<void> {
    if (this.busy()) return;
    const product = this.product();
    const quantity = this.quantity();
    if (quantity === null || !Number.isInteger(quantity) || quantity < 1 || quantity > this.max) {
      this.error.set({ key: 'addToCart.badQuantity', params: { max: this.maxText() } });
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.cart.add(product.sku, quantity);
      this.added.show({ sku: product.sku, name: product.name, quantity });
      this.quantity.set(1);
    } catch (error) {
      this.error.set(this.describe(error, product));
    } finally {
      this.busy.set(false);
    }
  }

  /** The API's refusals in words a buyer understands, with what to do instead. */
  private describe(error: unknown, product: CartProduct): ErrorMessage {
    const api = apiErrorOf(error);
    if (api?.code === 'end_of_life') return this.endOfLife(product);
    const detail = api?.code === 'validation_failed' && Array.isArray(api.details) ? api.details[0] : undefined;
    if (detail?.field === 'sku') return { key: 'addToCart.unknownProduct' };
    if (detail?.field === 'quantity')
      return {
        key: detail.code === 'too_large' ? 'addToCart.tooMany' : 'addToCart.badQuantity',
        params: { max: this.maxText() },
      };
    return describeError(error);
  }

  protected endOfLife(product: CartProduct): ErrorMessage {
    return product.replacementSku
      ? { key: 'addToCart.endOfLifeReplaced', params: { sku: product.replacementSku } }
      : { key: 'addToCart.endOfLife' };
  }

  private maxText(): string {
    return this.max.toLocaleString(INTL_LOCALE[this.translations.locale()]);
  }
}
