import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  AuthStore,
  type ErrorMessage,
  FieldError,
  FormAlert,
  Submission,
  TranslatePipe,
  TranslationService,
  describeError,
} from '@lumen/portal/core';
import type { StaffCategoryNode, UpdateCategoryRequest } from '@lumen/shared/contracts';
import { CatalogAdminNav } from './admin-nav';
import { CatalogAdminApi } from './catalog-admin.api';
import { type CategoryRow, categoryLabel, categoryOptions, categoryRows } from './category-options';

const categoryForm = () =>
  new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: Validators.required }),
    nameEn: new FormControl('', { nonNullable: true, validators: Validators.required }),
    parentId: new FormControl('', { nonNullable: true }),
  });

/**
 * The category tree: add, rename (nb + en), move under another, up and down among siblings,
 * delete (the API refuses while products are in it, and the page shows why).
 */
@Component({
  selector: 'lt-catalog-admin-categories-page',
  imports: [ReactiveFormsModule, CatalogAdminNav, FieldError, FormAlert, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './categories.page.html',
  styleUrl: './categories.page.css',
})
export class CatalogAdminCategoriesPage {
  private readonly api = inject(CatalogAdminApi);
  private readonly translations = inject(TranslationService);
  protected readonly canEdit = inject(AuthStore).can('update', 'Category');

  private readonly tree = signal<StaffCategoryNode[]>([]);
  protected readonly loaded = signal(false);
  protected readonly rows = computed(() => categoryRows(this.tree()));
  protected readonly options = computed(() => categoryOptions(this.tree(), this.translations.locale()));
  protected readonly error = signal<ErrorMessage | null>(null);
  /** The row a refused change was about, so its reason shows beside it. */
  protected readonly failedRow = signal<string | null>(null);
  protected readonly notice = signal<ErrorMessage | null>(null);
  /** The category being edited inline, if any. */
  protected readonly editing = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly addForm = categoryForm();
  protected readonly addSubmission = new Submission();
  protected readonly editForm = categoryForm();
  protected readonly editSubmission = new Submission();

  constructor() {
    void this.reload();
  }

  protected label(node: StaffCategoryNode): string {
    return categoryLabel(this.translations.locale(), node);
  }

  protected async add(): Promise<void> {
    this.notice.set(null);
    const { name, nameEn, parentId } = this.addForm.getRawValue();
    const request = { name: name.trim(), nameEn: nameEn.trim(), parentId: parentId || null };
    if (await this.addSubmission.run(this.addForm, () => this.api.createCategory(request))) {
      this.notice.set({
        key: 'catalogAdmin.categories.added',
        params: { name: categoryLabel(this.translations.locale(), request) },
      });
      this.addForm.reset({ name: '', nameEn: '', parentId });
      await this.reload();
    }
  }

  protected edit(row: CategoryRow): void {
    this.notice.set(null);
    this.editSubmission.error.set(null);
    this.editing.set(row.node.id);
    this.editForm.reset({ name: row.node.name, nameEn: row.node.nameEn, parentId: row.node.parentId ?? '' });
  }

  protected async saveEdit(row: CategoryRow): Promise<void> {
    const { name, nameEn, parentId } = this.editForm.getRawValue();
    const request: UpdateCategoryRequest = { name: name.trim(), nameEn: nameEn.trim() };
    if ((parentId || null) !== row.node.parentId) request.parentId = parentId || null;
    if (await this.editSubmission.run(this.editForm, () => this.api.updateCategory(row.node.id, request))) {
      this.editing.set(null);
      this.notice.set({ key: 'catalogAdmin.categories.saved' });
      await this.reload();
    }
  }

  protected async move(row: CategoryRow, by: -1 | 1): Promise<void> {
    await this.act(row, () => this.api.updateCategory(row.node.id, { position: row.index + by }));
  }

  protected async remove(row: CategoryRow): Promise<void> {
    const name = this.label(row.node);
    if (!confirm(this.translations.translate('catalogAdmin.categories.confirmDelete', { name }))) return;
    if (await this.act(row, () => this.api.deleteCategory(row.node.id)))
      this.notice.set({ key: 'catalogAdmin.categories.deleted', params: { name } });
  }

  /** One change to the tree, then the tree as the API now has it. */
  private async act(row: CategoryRow, change: () => Promise<unknown>): Promise<boolean> {
    this.busy.set(true);
    this.error.set(null);
    this.failedRow.set(null);
    this.notice.set(null);
    try {
      await change();
      await this.reload();
      return true;
    } catch (error) {
      this.error.set(describeError(error));
      this.failedRow.set(row.node.id);
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  private async reload(): Promise<void> {
    try {
      this.tree.set(await this.api.categories());
      this.loaded.set(true);
    } catch (error) {
      this.error.set(describeError(error));
    }
  }
}
