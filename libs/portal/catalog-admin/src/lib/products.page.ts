import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, type ParamMap, Router, RouterLink } from '@angular/router';
import {
  AuthStore,
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  Pager,
  TranslatePipe,
  TranslationService,
  describeError,
} from '@lumen/portal/core';
import {
  PRODUCT_LIFECYCLES,
  type ProductLifecycle,
  STOCK_STATUSES,
  type StaffCategoryNode,
  type StaffProductPage,
  type StaffProductQuery,
  type StockStatus,
} from '@lumen/shared/contracts';
import { CatalogAdminNav } from './admin-nav';
import { CatalogAdminApi } from './catalog-admin.api';
import { categoryLabel, categoryOptions } from './category-options';

const PAGE_SIZE = 25;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** The URL is the state, so "back" from the editor returns to the same filtered page. */
function queryOf(params: ParamMap): StaffProductQuery {
  return {
    q: params.get('q') ?? undefined,
    category: params.get('category') ?? undefined,
    lifecycle: oneOf<ProductLifecycle>(PRODUCT_LIFECYCLES, params.get('lifecycle')),
    stockStatus: oneOf<StockStatus>(STOCK_STATUSES, params.get('stockStatus')),
    page: Number(params.get('page')) || 1,
    pageSize: PAGE_SIZE,
  };
}

/** Staff: every product, searched and filtered by category, lifecycle and stock, a page at a time. */
@Component({
  selector: 'lt-catalog-admin-products-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    CatalogAdminNav,
    FormAlert,
    LocalDatePipe,
    MoneyPipe,
    Pager,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './products.page.html',
  styleUrl: './products.page.css',
})
export class CatalogAdminProductsPage {
  private readonly api = inject(CatalogAdminApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly translations = inject(TranslationService);
  protected readonly canEdit = inject(AuthStore).can('update', 'Product');
  protected readonly lifecycles = PRODUCT_LIFECYCLES;
  protected readonly stockStatuses = STOCK_STATUSES;

  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    category: new FormControl('', { nonNullable: true }),
    lifecycle: new FormControl('', { nonNullable: true }),
    stockStatus: new FormControl('', { nonNullable: true }),
  });
  private readonly tree = signal<StaffCategoryNode[]>([]);
  protected readonly categories = computed(() => categoryOptions(this.tree(), this.translations.locale()));
  protected readonly result = signal<StaffProductPage | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly pages = computed(() => {
    const page = this.result();
    return page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  });
  private requestNo = 0;

  constructor() {
    this.api.categories().then(
      (tree) => this.tree.set(tree),
      (error: unknown) => this.error.set(describeError(error)),
    );
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      const query = queryOf(params);
      this.filters.setValue(
        {
          q: query.q ?? '',
          category: query.category ?? '',
          lifecycle: query.lifecycle ?? '',
          stockStatus: query.stockStatus ?? '',
        },
        { emitEvent: false },
      );
      void this.load(query);
    });
  }

  protected categoryName(category: { name: string; nameEn: string }): string {
    return categoryLabel(this.translations.locale(), category);
  }

  /** Filters change the URL (page 1); the URL change loads. */
  protected apply(): void {
    const { q, category, lifecycle, stockStatus } = this.filters.getRawValue();
    this.navigate({
      q: q.trim() || null,
      category: category || null,
      lifecycle: lifecycle || null,
      stockStatus: stockStatus || null,
      page: null,
    });
  }

  protected clear(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected goToPage(page: number): void {
    this.navigate({ page });
  }

  private navigate(queryParams: Record<string, string | number | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParamsHandling: 'merge', queryParams });
  }

  private async load(query: StaffProductQuery): Promise<void> {
    const mine = ++this.requestNo;
    this.loading.set(true);
    try {
      const page = await this.api.products(query);
      if (mine !== this.requestNo) return;
      this.result.set(page);
      this.error.set(null);
    } catch (error) {
      if (mine === this.requestNo) this.error.set(describeError(error));
    } finally {
      if (mine === this.requestNo) this.loading.set(false);
    }
  }
}
