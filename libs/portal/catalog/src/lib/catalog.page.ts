import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, type ParamMap, Router, RouterLink } from '@angular/router';
import {
  AuthStore,
  FormAlert,
  LocalDatePipe,
  TranslatePipe,
  TranslationService,
  describeError,
  type ErrorMessage,
} from '@lumen/portal/core';
import {
  type CategoryNode,
  PRODUCT_SORTS,
  type ProductPage,
  type ProductQuery,
  type ProductSort,
} from '@lumen/shared/contracts';
import { CatalogApi } from './catalog.api';
import { ProductPriceView } from './product-price';

const PAGE_SIZE = 24;
const KELVINS = [2700, 3000, 4000, 5000];
const IP_RATINGS = ['IP20', 'IP44', 'IP54', 'IP65', 'IP66', 'IP67'];

/** The URL is the state: search, category, filters, sort and page live in the query string. */
function queryOf(params: ParamMap): ProductQuery {
  const number = (key: string) => (params.has(key) ? Number(params.get(key)) : undefined);
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? undefined,
    category: params.get('category') ?? undefined,
    page: number('page'),
    pageSize: PAGE_SIZE,
    sort: sort && (PRODUCT_SORTS as readonly string[]).includes(sort) ? (sort as ProductSort) : undefined,
    colourTemperatureK: number('colourTemperatureK'),
    ipRating: params.get('ipRating') ?? undefined,
    minWattage: number('minWattage'),
    maxWattage: number('maxWattage'),
    dimmable: params.get('dimmable') === 'true' ? true : undefined,
    stockStatus: params.get('stockStatus') === 'in_stock' ? 'in_stock' : undefined,
    includeEndOfLife: params.get('includeEndOfLife') === 'false' ? false : undefined,
  };
}

@Component({
  selector: 'lt-catalog-page',
  imports: [ReactiveFormsModule, RouterLink, FormAlert, LocalDatePipe, TranslatePipe, ProductPriceView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ 'catalog.title' | t }}</h1>
    </div>
    <form class="search" role="search" [formGroup]="form" (ngSubmit)="apply()">
      <label class="sr-only" for="catalog-search">{{ 'catalog.search' | t }}</label>
      <input
        id="catalog-search"
        type="search"
        formControlName="q"
        [placeholder]="'catalog.search' | t"
        data-testid="catalog-search"
      />
      <button class="btn btn-primary" type="submit">{{ 'catalog.searchButton' | t }}</button>
    </form>
    <div class="layout">
      <aside class="card sidebar">
        <h2>{{ 'catalog.categories' | t }}</h2>
        <ul class="tree" data-testid="category-tree">
          <li>
            <a
              [routerLink]="[]"
              [queryParams]="{ category: null, page: null }"
              queryParamsHandling="merge"
              [class.active]="!query().category"
              >{{ 'catalog.allCategories' | t }}</a
            >
          </li>
          @for (node of categories(); track node.id) {
            <li>
              <a
                [routerLink]="[]"
                [queryParams]="{ category: node.slug, page: null }"
                queryParamsHandling="merge"
                [class.active]="query().category === node.slug"
                >{{ nameOf(node) }} <span class="muted">({{ node.productCount }})</span></a
              >
              @if (node.children.length) {
                <ul>
                  @for (child of node.children; track child.id) {
                    <li>
                      <a
                        [routerLink]="[]"
                        [queryParams]="{ category: child.slug, page: null }"
                        queryParamsHandling="merge"
                        [class.active]="query().category === child.slug"
                        >{{ nameOf(child) }} <span class="muted">({{ child.productCount }})</span></a
                      >
                    </li>
                  }
                </ul>
              }
            </li>
          }
        </ul>
        <h2>{{ 'catalog.filters' | t }}</h2>
        <form class="filters" [formGroup]="form" (ngSubmit)="apply()" (change)="apply()">
          <div class="field">
            <label for="filter-kelvin">{{ 'catalog.colourTemperature' | t }}</label>
            <select id="filter-kelvin" formControlName="colourTemperatureK">
              <option value="">{{ 'catalog.anyValue' | t }}</option>
              @for (kelvin of kelvins; track kelvin) {
                <option [value]="kelvin">{{ kelvin }} K</option>
              }
            </select>
          </div>
          <div class="field">
            <label for="filter-ip">{{ 'catalog.minIp' | t }}</label>
            <select id="filter-ip" formControlName="ipRating">
              <option value="">{{ 'catalog.anyValue' | t }}</option>
              @for (ip of ipRatings; track ip) {
                <option [value]="ip">{{ ip }}</option>
              }
            </select>
          </div>
          <div class="row">
            <div class="field">
              <label for="filter-min-w">{{ 'catalog.minWattage' | t }}</label>
              <input id="filter-min-w" type="number" min="0" formControlName="minWattage" />
            </div>
            <div class="field">
              <label for="filter-max-w">{{ 'catalog.maxWattage' | t }}</label>
              <input id="filter-max-w" type="number" min="0" formControlName="maxWattage" />
            </div>
          </div>
          <label class="check"
            ><input type="checkbox" formControlName="dimmable" /> {{ 'catalog.dimmableOnly' | t }}</label
          >
          <label class="check"
            ><input type="checkbox" formControlName="inStock" /> {{ 'catalog.inStockOnly' | t }}</label
          >
          <label class="check"
            ><input type="checkbox" formControlName="activeOnly" /> {{ 'catalog.activeOnly' | t }}</label
          >
          <button class="btn btn-secondary" type="button" (click)="reset()">{{ 'catalog.reset' | t }}</button>
        </form>
      </aside>
      <section class="results" [attr.aria-busy]="loading()">
        <lt-form-alert [message]="error()" />
        <div class="toolbar">
          <span class="muted" data-testid="product-count">
            @if (result(); as page) {
              {{ 'catalog.count' | t: { total: page.total } }}
            } @else {
              {{ 'catalog.loading' | t }}
            }
          </span>
          <label class="sort">
            {{ 'catalog.sort' | t }}
            <select
              [value]="query().sort ?? (query().q ? 'relevance' : 'name')"
              (change)="sortBy($any($event.target).value)"
              data-testid="catalog-sort"
            >
              @for (sort of sorts(); track sort) {
                <option [value]="sort">{{ 'catalog.sorts.' + sort | t }}</option>
              }
            </select>
          </label>
        </div>
        @if (!auth.isLoggedIn()) {
          <div class="alert alert-info" data-testid="visitor-banner">
            {{ 'catalog.visitorPrices' | t }}
            <a routerLink="/register">{{ 'catalog.register' | t }}</a> ·
            <a routerLink="/login">{{ 'catalog.login' | t }}</a>
          </div>
        }
        @if (result(); as page) {
          <ul class="products" data-testid="products">
            @for (product of page.items; track product.id) {
              <li class="card product" [attr.data-sku]="product.sku">
                <div class="info">
                  <a class="name" [routerLink]="['/catalog', product.sku]">{{ product.name }}</a>
                  <div class="muted small">
                    {{ 'catalog.sku' | t }} {{ product.sku }} · {{ product.brand }} · {{ nameOf(product.category) }}
                  </div>
                  <div class="specs small">
                    @if (product.lighting.wattage) {
                      <span>{{ product.lighting.wattage }} W</span>
                    }
                    @if (product.lighting.lumen) {
                      <span>{{ product.lighting.lumen }} lm</span>
                    }
                    @if (product.lighting.colourTemperatureK) {
                      <span>{{ product.lighting.colourTemperatureK }} K</span>
                    }
                    @if (product.lighting.ipRating) {
                      <span>{{ product.lighting.ipRating }}</span>
                    }
                  </div>
                  <div class="small stock" [class]="'small stock stock-' + product.stockStatus">
                    {{ 'stock.' + product.stockStatus | t: { date: (product.stockDate | localDate) } }}
                  </div>
                  @if (product.lifecycle === 'end_of_life') {
                    <div class="small eol">
                      <span class="badge">{{ 'catalog.endOfLife' | t }}</span>
                      @if (product.replacementSku) {
                        <a [routerLink]="['/catalog', product.replacementSku]">{{
                          'catalog.replacedBy' | t: { sku: product.replacementSku }
                        }}</a>
                      }
                    </div>
                  }
                </div>
                <lt-product-price [price]="product.price" />
              </li>
            } @empty {
              <li class="muted">{{ 'catalog.none' | t }}</li>
            }
          </ul>
          @if (pages() > 1) {
            <nav class="pager" aria-label="pages">
              <a
                class="btn btn-secondary"
                [class.disabled]="page.page <= 1"
                [routerLink]="[]"
                [queryParams]="{ page: page.page - 1 }"
                queryParamsHandling="merge"
                >{{ 'catalog.previous' | t }}</a
              >
              <span data-testid="page-label">{{ 'catalog.page' | t: { page: page.page, pages: pages() } }}</span>
              <a
                class="btn btn-secondary"
                [class.disabled]="page.page >= pages()"
                [routerLink]="[]"
                [queryParams]="{ page: page.page + 1 }"
                queryParamsHandling="merge"
                data-testid="next-page"
                >{{ 'catalog.next' | t }}</a
              >
            </nav>
          }
        }
      </section>
    </div>
  `,
  styles: `
    .search {
      display: flex;
      gap: 0.5rem;
      margin-bottom: 1rem;
    }
    .search input {
      flex: 1;
    }
    .layout {
      display: grid;
      grid-template-columns: 16rem 1fr;
      gap: 1.25rem;
      align-items: start;
    }
    @media (max-width: 800px) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
    .sidebar h2 {
      font-size: 1rem;
      margin: 0.5rem 0;
    }
    .tree,
    .tree ul {
      list-style: none;
      margin: 0;
      padding-left: 0.8rem;
    }
    .tree {
      padding-left: 0;
      margin-bottom: 1rem;
    }
    .tree a {
      display: inline-block;
      padding: 0.15rem 0;
      text-decoration: none;
    }
    .tree a.active {
      font-weight: 700;
    }
    .filters .row {
      display: flex;
      gap: 0.5rem;
    }
    .filters .check {
      display: block;
      margin: 0.3rem 0;
    }
    .toolbar {
      display: flex;
      justify-content: space-between;
      align-items: center;
      margin-bottom: 0.75rem;
      gap: 1rem;
    }
    .products {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 0.6rem;
    }
    .product {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      align-items: flex-start;
      margin: 0;
    }
    .product .name {
      font-weight: 600;
    }
    .small {
      font-size: 0.85rem;
    }
    .specs span + span::before {
      content: ' · ';
    }
    .stock-in_stock {
      color: var(--success, #1e7b34);
    }
    .eol .badge {
      background: var(--warning-bg, #fff3cd);
      padding: 0 0.4em;
      border-radius: 4px;
      margin-right: 0.4em;
    }
    .pager {
      display: flex;
      gap: 1rem;
      align-items: center;
      justify-content: center;
      margin-top: 1rem;
    }
    .pager .disabled {
      pointer-events: none;
      opacity: 0.5;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class CatalogPage {
  private readonly api = inject(CatalogApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly auth = inject(AuthStore);
  private readonly translations = inject(TranslationService);

  protected readonly kelvins = KELVINS;
  protected readonly ipRatings = IP_RATINGS;
  protected readonly query = signal<ProductQuery>({});
  protected readonly result = signal<ProductPage | null>(null);
  protected readonly categories = signal<CategoryNode[]>([]);
  protected readonly loading = signal(false);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly pages = computed(() => {
    const page = this.result();
    return page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  });
  /** Visitors see no prices, so they cannot sort by them either (the API refuses it too). */
  protected readonly sorts = computed(() =>
    PRODUCT_SORTS.filter((sort) => this.auth.isLoggedIn() || !sort.startsWith('price')),
  );

  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    colourTemperatureK: new FormControl('', { nonNullable: true }),
    ipRating: new FormControl('', { nonNullable: true }),
    minWattage: new FormControl<number | null>(null),
    maxWattage: new FormControl<number | null>(null),
    dimmable: new FormControl(false, { nonNullable: true }),
    inStock: new FormControl(false, { nonNullable: true }),
    activeOnly: new FormControl(false, { nonNullable: true }),
  });

  constructor() {
    this.api.categories().then(
      (tree) => this.categories.set(tree),
      (error: unknown) => this.error.set(describeError(error)),
    );
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      const query = queryOf(params);
      this.query.set(query);
      this.form.patchValue(
        {
          q: query.q ?? '',
          colourTemperatureK: query.colourTemperatureK ? String(query.colourTemperatureK) : '',
          ipRating: query.ipRating ?? '',
          minWattage: query.minWattage ?? null,
          maxWattage: query.maxWattage ?? null,
          dimmable: query.dimmable === true,
          inStock: query.stockStatus === 'in_stock',
          activeOnly: query.includeEndOfLife === false,
        },
        { emitEvent: false },
      );
      void this.load(query);
    });
  }

  /** Category names follow the portal's language. */
  protected nameOf(category: { name: string; nameEn: string }): string {
    return this.translations.locale() === 'en' ? category.nameEn : category.name;
  }

  protected apply(): void {
    const value = this.form.getRawValue();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParamsHandling: 'merge',
      queryParams: {
        q: value.q.trim() || null,
        colourTemperatureK: value.colourTemperatureK || null,
        ipRating: value.ipRating || null,
        minWattage: value.minWattage ?? null,
        maxWattage: value.maxWattage ?? null,
        dimmable: value.dimmable ? 'true' : null,
        stockStatus: value.inStock ? 'in_stock' : null,
        includeEndOfLife: value.activeOnly ? 'false' : null,
        page: null,
      },
    });
  }

  protected sortBy(sort: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParamsHandling: 'merge',
      queryParams: { sort, page: null },
    });
  }

  protected reset(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { q: this.query().q ?? null, category: this.query().category ?? null },
    });
  }

  private async load(query: ProductQuery): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.api.search(query);
      // A newer navigation may have started meanwhile; only the latest answer is shown.
      if (this.query() === query) this.result.set(page);
    } catch (error) {
      if (this.query() === query) this.error.set(describeError(error));
    } finally {
      if (this.query() === query) this.loading.set(false);
    }
  }
}
