import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslationService } from '@lumen/portal/core';
import { CartApi } from './cart.api';
import { CART_TRANSLATIONS } from './cart.translations';
import { CartToast } from './cart-toast';

/**
 * The header's cart icon with the number of lines, next to "Account"; the count follows every
 * change to the cart (`CartApi.cart`). It also holds the "added to cart" toast, which belongs
 * beside the cart wherever the product was added from.
 */
@Component({
  selector: 'lt-cart-header-icon',
  imports: [RouterLink, TranslatePipe, CartToast],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="icon" routerLink="/cart" data-testid="cart-icon" [attr.aria-label]="count() > 0 ? ('cart.headerLabelCount' | t: { count: count() }) : ('cart.headerLabel' | t)">
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <path fill="currentColor"
          d="M7 18a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm10 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4zM5.2 4l.6 2H21l-2.2 8H8.1l.5 2H19v2H7L4.4 6 3.7 4H1V2h4z" />
      </svg>
      <span class="label">{{ 'cart.headerLabel' | t }}</span>
      @if (count() > 0) {
        <!-- The link's label says the count for a screen reader; the badge is what the eye reads. -->
        <span class="badge" data-testid="cart-count" aria-hidden="true">{{ count() }}</span>
      }
    </a>
    <lt-cart-toast />
  `,
  styles: `
    .icon {
      display: inline-flex; align-items: center; gap: 0.4rem; color: var(--header-text);
      padding: 0.4rem 0.5rem; border-radius: var(--radius); text-decoration: none;
    }
    .icon:hover { background: var(--header-active); }
    .badge {
      min-width: 1.3rem; padding: 0 0.35rem; border-radius: 999px; background: var(--brand-glow);
      color: var(--header-bg); font-size: 0.75rem; font-weight: 700; text-align: center;
    }
    @media (max-width: 720px) { .label { display: none; } }
  `,
})
export class CartHeaderIcon {
  private readonly api = inject(CartApi);
  protected readonly count = this.api.lineCount;

  constructor() {
    inject(TranslationService).register(CART_TRANSLATIONS);
    void this.api.refresh().catch(() => undefined);
  }
}
