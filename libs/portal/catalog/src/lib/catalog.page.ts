import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { AuthStore, FormAlert, Pager, TranslatePipe, describeError, type ErrorMessage } from '@lumen/portal/core';
import { type CategoryNode, PRODUCT_SORTS, type ProductPage, type ProductQuery } from '@lumen/shared/contracts';
import { CatalogApi } from './catalog.api';
import { CatalogFilters } from './catalog-filters';
import { catalogForm, formValueOf, paramsOf, queryOf } from './catalog-query';
import { CategoryTree } from './category-tree';
import { ProductCard } from './product-card';

/** The catalog: search, category tree, filters, sort and a page of products, all in the URL. */
@Component({
  selector: 'lt-catalog-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    FormAlert,
    Pager,
    TranslatePipe,
    CatalogFilters,
    CategoryTree,
    ProductCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './catalog.page.html',
  styleUrl: './catalog.page.css',
})
export class CatalogPage {
  private readonly api = inject(CatalogApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly auth = inject(AuthStore);

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

  protected readonly form = catalogForm();

  constructor() {
    this.api.categories().then(
      (tree) => this.categories.set(tree),
      (error: unknown) => this.error.set(describeError(error)),
    );
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      const query = queryOf(params);
      this.query.set(query);
      this.form.patchValue(formValueOf(query), { emitEvent: false });
      void this.load(query);
    });
  }

  protected apply(): void {
    this.navigate(paramsOf(this.form.getRawValue()));
  }

  protected sortBy(sort: string): void {
    this.navigate({ sort, page: null });
  }

  protected goToPage(page: number): void {
    this.navigate({ page });
  }

  protected reset(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { q: this.query().q ?? null, category: this.query().category ?? null },
    });
  }

  private navigate(queryParams: Record<string, string | number | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParamsHandling: 'merge', queryParams });
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
