import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type ErrorMessage, FormAlert, TranslatePipe, describeError } from '@lumen/portal/core';
import { PRODUCT_DATASHEET_MAX_BYTES, PRODUCT_IMAGE_MAX_BYTES, type StaffProduct } from '@lumen/shared/contracts';
import { CatalogAdminApi, type ProductMedia } from './catalog-admin.api';
import { FileButton } from './file-button';
import { type UploadProgress, UploadProgressBar } from '@lumen/portal/core';

const MB = 1024 * 1024;

/** What each kind of file may be, as the API checks it (by content there; by the browser's type here). */
const ACCEPT: Record<ProductMedia, { types: readonly string[]; names: string; maxBytes: number }> = {
  image: {
    types: ['image/jpeg', 'image/png', 'image/webp'],
    names: 'JPEG, PNG, WebP',
    maxBytes: PRODUCT_IMAGE_MAX_BYTES,
  },
  datasheet: { types: ['application/pdf'], names: 'PDF', maxBytes: PRODUCT_DATASHEET_MAX_BYTES },
};

/**
 * A product's image (JPEG/PNG/WebP, previewed as soon as it is chosen, then the API's
 * thumbnail) and its datasheet PDF. Emits the product as the API answers it after each change.
 */
@Component({
  selector: 'lt-product-media',
  imports: [FileButton, FormAlert, TranslatePipe, UploadProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './product-media.html',
  styleUrl: './product-media.css',
})
export class ProductMediaCard {
  private readonly api = inject(CatalogAdminApi);
  private readonly destroyRef = inject(DestroyRef);
  readonly product = input.required<StaffProduct>();
  readonly readOnly = input(false);
  readonly changed = output<StaffProduct>();

  protected readonly accept = ACCEPT;
  protected readonly imageMb = PRODUCT_IMAGE_MAX_BYTES / MB;
  protected readonly datasheetMb = PRODUCT_DATASHEET_MAX_BYTES / MB;
  /** The chosen image, shown while it uploads. */
  protected readonly preview = signal<string | null>(null);
  protected readonly progress = signal<UploadProgress<StaffProduct> | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly notice = signal<ErrorMessage | null>(null);

  constructor() {
    this.destroyRef.onDestroy(() => this.dropPreview());
  }

  protected choose(kind: ProductMedia, file: File): void {
    this.error.set(null);
    this.notice.set(null);
    const rule = ACCEPT[kind];
    if (!rule.types.includes(file.type)) {
      this.error.set({ key: 'catalogAdmin.media.wrongType', params: { types: rule.names } });
      return;
    }
    if (file.size > rule.maxBytes) {
      this.error.set({ key: 'catalogAdmin.media.tooLarge', params: { max: rule.maxBytes / MB } });
      return;
    }
    if (kind === 'image') {
      this.dropPreview();
      this.preview.set(URL.createObjectURL(file));
    }
    this.progress.set({ phase: 'uploading', percent: 0 });
    this.api
      .uploadMedia(this.product().id, kind, file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (step) => {
          if (step.phase !== 'done') {
            this.progress.set(step);
            return;
          }
          this.changed.emit(step.result);
          this.notice.set({
            key: kind === 'image' ? 'catalogAdmin.media.imageUploaded' : 'catalogAdmin.media.datasheetUploaded',
          });
        },
        error: (error: unknown) => {
          this.error.set(describeError(error));
          this.progress.set(null);
          this.dropPreview();
        },
        complete: () => {
          this.progress.set(null);
          this.dropPreview();
        },
      });
  }

  protected async remove(kind: ProductMedia): Promise<void> {
    this.error.set(null);
    this.notice.set(null);
    try {
      this.changed.emit(await this.api.removeMedia(this.product().id, kind));
      this.notice.set({ key: 'catalogAdmin.media.removed' });
    } catch (error) {
      this.error.set(describeError(error));
    }
  }

  private dropPreview(): void {
    const url = this.preview();
    if (url) URL.revokeObjectURL(url);
    this.preview.set(null);
  }
}
