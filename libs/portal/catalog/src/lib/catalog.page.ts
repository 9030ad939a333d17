import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  AuthStore,
  CountPipe,
  FormAlert,
  Pager,
  TranslatePipe,
  describeError,
  type ErrorMessage,
} from '@lumen/portal/core';
import { type CategoryNode, PRODUCT_SORTS, type ProductPage, type ProductQuery } from '@lumen/shared/contracts';
import { CatalogApi } from './catalog.api';
import { CatalogFilters } from './catalog-filters';
import { catalogForm, formValueOf, paramsOf, queryOf } from './catalog-query';
import { CategoryTree } from './category-tree';
import { ProductCard } from './product-card';

/** Below this width the categories and filters move from the sidebar into a drawer. */
const PHONE_QUERY = '(max-width: 800px)';

/**
 * The catalog: search, category tree, filters, sort and a page of products, all in the URL.
 * On a phone the tree and filters open in a drawer from a "Filter" button, so the first
 * product is on the first screen; on a wider screen they are the sidebar.
 */
@Component({
  selector: 'lt-catalog-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    CountPipe,
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
  protected readonly phone = signal(false);
  protected readonly drawerOpen = signal(false);
  private readonly drawer = viewChild<ElementRef<HTMLDialogElement>>('drawer');
  /** Category and filters in force, shown on the "Filter" button. */
  protected readonly activeFilters = computed(() => {
    const { category, colourTemperatureK, ipRating, minWattage, maxWattage, dimmable, stockStatus, includeEndOfLife } =
      this.query();
    return [category, colourTemperatureK, ipRating, minWattage, maxWattage, dimmable, stockStatus, includeEndOfLife].filter(
      (value) => value !== undefined,
    ).length;
  });

  constructor() {
    this.api.categories().then(
      (tree) => this.categories.set(tree),
      (error: unknown) => this.error.set(describeError(error)),
    );
    this.followScreenWidth();
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      const query = queryOf(params);
      // Choosing a category is done choosing: the drawer makes way for the products.
      if (query.category !== this.query().category) this.closeDrawer();
      this.query.set(query);
      this.form.patchValue(formValueOf(query), { emitEvent: false });
      void this.load(query);
    });
  }

  protected openDrawer(): void {
    this.drawer()?.nativeElement.showModal();
    this.drawerOpen.set(true);
  }

  protected closeDrawer(): void {
    this.drawer()?.nativeElement.close();
    this.drawerOpen.set(false);
  }

  /** A click on the dimmed backdrop lands on the dialog itself, outside its content. */
  protected closeOnBackdrop(event: MouseEvent): void {
    if (event.target === this.drawer()?.nativeElement) this.closeDrawer();
  }

  private followScreenWidth(): void {
    if (typeof matchMedia !== 'function') return;
    const media = matchMedia(PHONE_QUERY);
    const follow = () => {
      if (!media.matches) this.drawerOpen.set(false);
      this.phone.set(media.matches);
    };
    follow();
    media.addEventListener('change', follow);
    inject(DestroyRef).onDestroy(() => media.removeEventListener('change', follow));
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
