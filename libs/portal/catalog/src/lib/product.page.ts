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
import { AddToProjectList } from '@lumen/portal/project-lists';
import type { ProductDetail } from '@lumen/shared/contracts';
import { CatalogApi } from './catalog.api';
import { ProductPriceView } from './product-price';

/** One product: lighting data, stock, price for the caller, and the way to its replacement. */
@Component({
  selector: 'lt-product-page',
  imports: [RouterLink, FormAlert, LocalDatePipe, MoneyPipe, TranslatePipe, ProductPriceView, AddToProjectList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="/catalog">← {{ 'product.back' | t }}</a>
    </p>
    <lt-form-alert [message]="error()" />
    @if (product(); as product) {
      <nav class="muted small crumbs">
        @for (category of product.categoryPath; track category.id; let last = $last) {
          <a [routerLink]="['/catalog']" [queryParams]="{ category: category.slug }">{{ nameOf(category) }}</a>
          @if (!last) {
            ›
          }
        }
      </nav>
      <div class="page-header">
        <h1 data-testid="product-name">{{ product.name }}</h1>
      </div>
      <p class="muted">
        {{ 'catalog.sku' | t }} <span data-testid="product-sku">{{ product.sku }}</span> · {{ product.brand }}
      </p>
      @if (product.lifecycle === 'end_of_life') {
        <div class="alert alert-warning" data-testid="end-of-life">
          {{ 'product.endOfLife' | t }}
          @if (product.replacement; as replacement) {
            {{ 'product.replacement' | t }}
            <a [routerLink]="['/catalog', replacement.sku]" data-testid="replacement-link"
              >{{ replacement.sku }} – {{ replacement.name }}</a
            >
          } @else {
            {{ 'product.noReplacement' | t }}
          }
        </div>
      }
      <div class="grid">
        <section class="card">
          <h2>{{ 'product.description' | t }}</h2>
          <p>{{ product.description }}</p>
          <h2>{{ 'product.lighting' | t }}</h2>
          <dl class="details" data-testid="lighting">
            @if (product.lighting.wattage !== null) {
              <dt>{{ 'product.wattage' | t }}</dt>
              <dd>{{ product.lighting.wattage }} W</dd>
            }
            @if (product.lighting.lumen !== null) {
              <dt>{{ 'product.lumen' | t }}</dt>
              <dd>{{ product.lighting.lumen }} lm</dd>
            }
            @if (product.lighting.colourTemperatureK !== null) {
              <dt>{{ 'product.colourTemperature' | t }}</dt>
              <dd>{{ product.lighting.colourTemperatureK }} K</dd>
            }
            @if (product.lighting.cri !== null) {
              <dt>{{ 'product.cri' | t }}</dt>
              <dd>{{ product.lighting.cri }}</dd>
            }
            @if (product.lighting.ipRating) {
              <dt>{{ 'product.ipRating' | t }}</dt>
              <dd>{{ product.lighting.ipRating }}</dd>
            }
            @if (product.lighting.beamAngle !== null) {
              <dt>{{ 'product.beamAngle' | t }}</dt>
              <dd>{{ product.lighting.beamAngle }}°</dd>
            }
            @if (product.lighting.dimmable !== null) {
              <dt>{{ 'product.dimmable' | t }}</dt>
              <dd>{{ (product.lighting.dimmable ? 'product.yes' : 'product.no') | t }}</dd>
            }
          </dl>
        </section>
        <aside class="card buy">
          <lt-product-price [price]="product.price" [detailed]="true" />
          <lt-add-to-project-list [sku]="product.sku" />
          @if (product.nextTier; as next) {
            <p class="upsell" [class]="'upsell tier-' + next.tier" data-testid="next-tier-hint">
              {{
                'price.nextTier' | t: { tier: ('price.tierWord.' + next.tier | t), amount: (next.savingOre | money) }
              }}
            </p>
          }
          <h3>{{ 'product.stock' | t }}</h3>
          <p data-testid="stock-status">
            {{ 'stock.' + product.stockStatus | t: { date: (product.stockDate | localDate) } }}
          </p>
          @if (product.bulky) {
            <p class="muted small">{{ 'product.bulky' | t }}</p>
          }
        </aside>
      </div>
    }
  `,
  styles: `
    .grid {
      display: grid;
      grid-template-columns: 1fr 20rem;
      gap: 1.25rem;
      align-items: start;
    }
    @media (max-width: 800px) {
      .grid {
        grid-template-columns: 1fr;
      }
    }
    .small {
      font-size: 0.85rem;
    }
    .crumbs a {
      text-decoration: none;
    }
    .buy h3 {
      font-size: 0.95rem;
      margin: 1rem 0 0.25rem;
    }
    .upsell {
      margin-top: 0.75rem;
      padding: 0.5rem 0.6rem;
      border-left: 4px solid var(--upsell-colour, var(--tier-gold));
      background: var(--surface-muted, #f5f6f8);
      font-size: 0.9rem;
    }
    .upsell.tier-gold {
      --upsell-colour: var(--tier-gold);
    }
    .upsell.tier-platinum {
      --upsell-colour: var(--tier-platinum);
    }
  `,
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
    return this.translations.locale() === 'en' ? category.nameEn : category.name;
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
