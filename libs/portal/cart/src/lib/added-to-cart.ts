import { Injectable, signal } from '@angular/core';

/** What "add to cart" just put in the cart, for the toast beside the header's cart icon. */
export interface AddedLine {
  sku: string;
  name: string;
  quantity: number;
}

/**
 * The last product added to the cart from a catalog card or a product page. Shared, because
 * the button that adds and the toast that confirms live in different parts of the page.
 */
@Injectable({ providedIn: 'root' })
export class AddedToCart {
  readonly last = signal<AddedLine | null>(null);

  show(line: AddedLine): void {
    // A new object each time: adding the same product twice shows the toast again.
    this.last.set({ ...line });
  }

  dismiss(): void {
    this.last.set(null);
  }
}
