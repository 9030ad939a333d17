import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AddToCart } from '@lumen/portal/cart';
import { LocalDatePipe, TranslatePipe, TranslationService } from '@lumen/portal/core';
import type { ProductSummary } from '@lumen/shared/contracts';
import { categoryName } from './category-name';
import { ProductPriceView } from './product-price';

/** One product in the catalog's list: name, article number, lighting data, stock, price and "add to cart". */
@Component({
  selector: 'lt-product-card',
  imports: [RouterLink, AddToCart, LocalDatePipe, TranslatePipe, ProductPriceView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product-card.html',
  styleUrl: './product-card.css',
})
export class ProductCard {
  private readonly translations = inject(TranslationService);
  readonly product = input.required<ProductSummary>();

  protected nameOf(category: { name: string; nameEn: string }): string {
    return categoryName(this.translations.locale(), category);
  }
}
