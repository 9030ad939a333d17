import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@lumen/portal/core';
import { AddedToCart } from './added-to-cart';

/** How long the toast stays unless the user closes it or follows its link. */
const TOAST_MS = 8_000;

/** "Added to the cart" with a link to the cart; it closes by itself after a few seconds. */
@Component({
  selector: 'lt-cart-toast',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cart-toast.html',
  styleUrl: './cart-toast.css',
})
export class CartToast {
  protected readonly added = inject(AddedToCart);

  constructor() {
    effect((onCleanup) => {
      if (!this.added.last()) return;
      const timer = setTimeout(() => this.added.dismiss(), TOAST_MS);
      onCleanup(() => clearTimeout(timer));
    });
  }
}
