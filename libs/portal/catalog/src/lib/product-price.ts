import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MoneyPipe, TierBadge, TranslatePipe } from '@lumen/portal/core';
import type { ProductPrice } from '@lumen/shared/contracts';

/**
 * A product's price as the API computed it for the caller: excl. and incl. VAT in the tier's
 * colour with the tier named; staff see the list price; a visitor on a product page is asked to register (on the
 * catalogue's cards, the banner above the results asks once).
 */
@Component({
  selector: 'lt-product-price',
  imports: [MoneyPipe, RouterLink, TierBadge, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (price(); as p) {
      <div
        class="price"
        [class]="'price tier-' + (p.tier ?? 'list')"
        [attr.data-tier]="p.tier ?? 'list'"
        data-testid="price"
      >
        <div class="amount">
          <strong data-testid="unit-price">{{ p.unitPriceOre | money }}</strong>
          <span class="vat">{{ 'price.exVat' | t }}</span>
        </div>
        <div class="incl">
          <span data-testid="unit-price-incl">{{ p.unitPriceInclVatOre | money }}</span>
          <span class="vat">{{ 'price.incVat' | t }}</span>
        </div>
        @if (p.tier) {
          <div class="tier">
            <lt-tier-badge [tier]="p.tier" />
            @if (p.netPriced) {
              <span class="note">{{ 'price.netPriced' | t }}</span>
            } @else {
              <span class="note">{{
                'price.discount' | t: { percent: p.discountPercent, tier: ('price.tierWord.' + p.tier | t) }
              }}</span>
            }
          </div>
          @if (detailed() && p.unitPriceOre !== p.listPriceOre) {
            <div class="list">
              {{ 'price.list' | t }}{{ 'common.colon' | t }} <s>{{ p.listPriceOre | money }}</s>
            </div>
          }
        } @else {
          <div class="note">{{ 'price.staffList' | t }}</div>
        }
      </div>
    } @else if (detailed()) {
      <!-- A product card says nothing here: the catalogue's one banner above the results asks visitors to register. -->
      <p class="visitor" data-testid="visitor-prices">
        {{ 'catalog.visitorPrices' | t }}
        <br /><a routerLink="/register">{{ 'catalog.register' | t }}</a> ·
        <a routerLink="/login">{{ 'catalog.login' | t }}</a>
      </p>
    }
  `,
  styles: `
    .price {
      --price-colour: var(--text, #1d2430);
      color: var(--price-colour);
    }
    .price.tier-silver {
      --price-colour: var(--tier-silver);
    }
    .price.tier-gold {
      --price-colour: var(--tier-gold);
    }
    .price.tier-platinum {
      --price-colour: var(--tier-platinum);
    }
    .amount strong {
      font-size: 1.15rem;
    }
    .vat,
    .note,
    .list {
      font-size: 0.8rem;
      margin-left: 0.3em;
      color: var(--muted, #5b6472);
    }
    .incl {
      font-size: 0.9rem;
    }
    .tier {
      display: flex;
      gap: 0.4rem;
      align-items: center;
      margin-top: 0.2rem;
      flex-wrap: wrap;
    }
    .visitor {
      font-size: 0.85rem;
      color: var(--muted, #5b6472);
      margin: 0;
    }
  `,
})
export class ProductPriceView {
  readonly price = input<ProductPrice | undefined>();
  /** The product page shows the list price and the register/login links too. */
  readonly detailed = input(false);
}
