import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import {
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  TranslatePipe,
  TranslationService,
  describeError,
  type ErrorMessage,
} from '@lumen/portal/core';
import { AddToCart } from '@lumen/portal/cart';
import { AddToProjectList } from '@lumen/portal/project-lists';
import type { ProductDetail } from '@lumen/shared/contracts';
import { CatalogApi } from './catalog.api';
import { categoryName } from './category-name';
import { ProductPriceView } from './product-price';

/** One product: lighting data, stock, price for the caller, and the way to its replacement. */
@Component({
  selector: 'lt-product-page',
  imports: [
    RouterLink,
    FormAlert,
    LocalDatePipe,
    MoneyPipe,
    TranslatePipe,
    ProductPriceView,
    AddToCart,
    AddToProjectList,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product.page.html',
  styleUrl: './product.page.css',
})
export class ProductPage {
  private readonly api = inject(CatalogApi);
  private readonly translations = inject(TranslationService);
  protected readonly product = signal<ProductDetail | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => void this.load(params.get('sku') ?? ''));
  }

  protected nameOf(category: { name: string; nameEn: string }): string {
    return categoryName(this.translations.locale(), category);
  }

  private async load(sku: string): Promise<void> {
    this.error.set(null);
    try {
      this.product.set(await this.api.product(sku));
    } catch (error) {
      this.product.set(null);
      this.error.set(describeError(error));
    }
  }
}
