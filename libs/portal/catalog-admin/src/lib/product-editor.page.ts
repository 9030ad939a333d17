import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  AuthStore,
  type ErrorMessage,
  FieldError,
  FormAlert,
  LocalDatePipe,
  Submission,
  TranslatePipe,
  TranslationService,
  apiErrorOf,
  describeError,
} from '@lumen/portal/core';
import { PRODUCT_LIFECYCLES, STOCK_STATUSES, type StaffCategoryNode, type StaffProduct } from '@lumen/shared/contracts';
import { map, startWith } from 'rxjs';
import { CatalogAdminNav } from './admin-nav';
import { CatalogAdminApi } from './catalog-admin.api';
import { categoryOptions } from './category-options';
import { ProductMediaCard } from './product-media';
import { PRODUCT_FIELD_MAP, createRequestOf, formValueOf, productForm, updateRequestOf } from './product-form';
import { ReplacementPicker } from './replacement-picker';

/** The lighting data typed as numbers, with the step each is written in. */
const NUMBER_FIELDS = [
  { name: 'wattage', step: 0.1 },
  { name: 'lumen', step: 1 },
  { name: 'colourTemperatureK', step: 100 },
  { name: 'cri', step: 1 },
  { name: 'beamAngle', step: 1 },
] as const;

/** Errors the API answers without field details, and the field each one is about. */
const FIELD_OF_CODE: Record<string, string> = {
  sku_taken: 'sku',
  replacement_not_found: 'replacementSku',
  replacement_not_active: 'replacementSku',
  replacement_cycle: 'replacementSku',
  category_not_found: 'categoryId',
};

/**
 * One product, new (`/catalog-admin/products/new`) or stored (`…/products/:id`): every field of
 * §3 with its rule, the replacement of an end-of-life product, and its image and datasheet.
 * Consultants see the same form, disabled.
 */
@Component({
  selector: 'lt-product-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    CatalogAdminNav,
    FieldError,
    FormAlert,
    LocalDatePipe,
    ProductMediaCard,
    ReplacementPicker,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product-editor.page.html',
  styleUrl: './product-editor.page.css',
})
export class ProductEditorPage {
  private readonly api = inject(CatalogAdminApi);
  private readonly router = inject(Router);
  private readonly translations = inject(TranslationService);
  protected readonly canEdit = inject(AuthStore).can('update', 'Product');
  protected readonly stockStatuses = STOCK_STATUSES;
  protected readonly lifecycles = PRODUCT_LIFECYCLES;
  protected readonly numberFields = NUMBER_FIELDS;

  protected readonly form = productForm();
  protected readonly submission = new Submission();
  /** The stored product; null while creating one. */
  protected readonly product = signal<StaffProduct | null>(null);
  protected readonly isNew = signal(true);
  protected readonly loadError = signal<ErrorMessage | null>(null);
  protected readonly notice = signal<ErrorMessage | null>(null);
  private readonly tree = signal<StaffCategoryNode[]>([]);
  protected readonly categories = computed(() => categoryOptions(this.tree(), this.translations.locale()));
  protected readonly lifecycle = toSignal(
    this.form.controls.lifecycle.valueChanges.pipe(startWith(this.form.controls.lifecycle.value)),
    { requireSync: true },
  );
  protected readonly dateConfirmed = toSignal(
    this.form.controls.stockStatus.valueChanges.pipe(
      startWith(this.form.controls.stockStatus.value),
      map((status) => status === 'supplier_date_confirmed'),
    ),
    { requireSync: true },
  );

  constructor() {
    if (!this.canEdit) this.form.disable();
    this.api.categories().then(
      (tree) => this.tree.set(tree),
      (error: unknown) => this.loadError.set(describeError(error)),
    );
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => void this.load(params.get('id') ?? 'new'));
  }

  /** The media card says what it did; "created" above it is old news by then. */
  protected mediaChanged(product: StaffProduct): void {
    this.notice.set(null);
    this.product.set(product);
  }

  protected async save(): Promise<void> {
    this.notice.set(null);
    const stored = this.product();
    const value = this.form.getRawValue();
    if (stored) {
      const request = updateRequestOf(stored, value);
      if (Object.keys(request).length === 1) {
        this.notice.set({ key: 'catalogAdmin.editor.unchanged' });
        return;
      }
      const saved = await this.submission.run(
        this.form,
        () => this.placingCodes(this.api.updateProduct(stored.id, request)).then((product) => this.show(product)),
        PRODUCT_FIELD_MAP,
      );
      if (saved) this.notice.set({ key: 'catalogAdmin.editor.saved' });
      return;
    }
    let created: StaffProduct | null = null;
    await this.submission.run(
      this.form,
      async () => (created = await this.placingCodes(this.api.createProduct(createRequestOf(value)))),
      PRODUCT_FIELD_MAP,
    );
    if (created) {
      const product: StaffProduct = created;
      await this.router.navigate(['/catalog-admin/products', product.id], {
        state: { created: product.sku },
      });
    }
  }

  /** A refusal without field details (a taken SKU, a bad replacement) still marks its field. */
  private async placingCodes<T>(request: Promise<T>): Promise<T> {
    try {
      return await request;
    } catch (error) {
      const code = apiErrorOf(error)?.code;
      const control = code ? this.form.get(FIELD_OF_CODE[code] ?? '') : null;
      if (control && code) {
        control.setErrors({ api: { code, message: apiErrorOf(error)?.message ?? '' } });
        control.markAsTouched();
      }
      throw error;
    }
  }

  private async load(id: string): Promise<void> {
    this.loadError.set(null);
    this.isNew.set(id === 'new');
    if (id === 'new') {
      this.product.set(null);
      return;
    }
    const created = (this.router.getCurrentNavigation()?.extras.state ?? history.state)?.['created'];
    if (typeof created === 'string') this.notice.set({ key: 'catalogAdmin.editor.created', params: { sku: created } });
    try {
      this.show(await this.api.product(id));
    } catch (error) {
      this.loadError.set(describeError(error));
    }
  }

  private show(product: StaffProduct): void {
    this.product.set(product);
    this.form.reset(formValueOf(product));
    this.form.controls.sku.disable();
    if (!this.canEdit) this.form.disable();
  }
}
