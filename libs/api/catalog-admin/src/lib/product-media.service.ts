import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { imageFileName, IMAGE_RENDITIONS, MEDIA_STORAGE_PREFIX } from '@lumen/api/catalog';
import { AppError, type AuthenticatedUser, FILE_STORAGE, type FileStorage, sniffFileType } from '@lumen/api/core';
import { PRODUCT_IMAGE_SIZES, type StaffProduct } from '@lumen/shared/contracts';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { CatalogChanges } from './catalog-changes';
import { StaffProductReadQuery } from './staff-product-read.query';
import { toStaffProduct } from './staff-product-row';

/** Which media column, and the files its value names in the store. */
const MEDIA = {
  image: (hash: string) => IMAGE_RENDITIONS.map((rendition) => MEDIA_STORAGE_PREFIX + imageFileName(hash, rendition)),
  datasheet: (name: string) => [MEDIA_STORAGE_PREFIX + name],
} as const;
type MediaColumn = keyof typeof MEDIA;

/** A decompression bomb (a small PNG of 100,000 × 100,000 pixels) is refused before it is decoded. */
const MAX_INPUT_PIXELS = 50_000_000;

/**
 * A product's image and datasheet. Files are checked by content (never name or Content-Type),
 * images re-encoded as WebP thumbnail and detail (which also drops EXIF, GPS included), and
 * stored under their content hash: the URL changes exactly when the picture does, so browsers
 * may keep it a year. A replaced file is removed once no product uses it any more.
 */
@Injectable()
export class ProductMediaService {
  private readonly logger = new Logger('ProductMedia');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly reads: StaffProductReadQuery,
    private readonly audit: AuditService,
    private readonly changes: CatalogChanges,
  ) {}

  async setImage(actor: AuthenticatedUser, id: string, bytes: Uint8Array): Promise<StaffProduct> {
    const type = sniffFileType(bytes);
    if (type !== 'image/jpeg' && type !== 'image/png' && type !== 'image/webp')
      throw notAllowed('a JPEG, PNG or WebP image');
    const hash = createHash('sha256').update(bytes).digest('hex');
    const renditions = await Promise.all(
      IMAGE_RENDITIONS.map(async (rendition) => {
        const size = PRODUCT_IMAGE_SIZES[rendition];
        try {
          return await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
            .rotate()
            .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
            .webp({ quality: 82 })
            .toBuffer();
        } catch {
          // The header said image, the rest is not one we can read (truncated, damaged, too large).
          throw notAllowed('an image that can be read');
        }
      }),
    );
    const keys = MEDIA.image(hash);
    await Promise.all(keys.map((key, index) => this.storage.put(key, renditions[index])));
    return this.set(actor, id, 'image', hash);
  }

  async setDatasheet(actor: AuthenticatedUser, id: string, bytes: Uint8Array): Promise<StaffProduct> {
    if (sniffFileType(bytes) !== 'application/pdf') throw notAllowed('a PDF');
    const name = `${createHash('sha256').update(bytes).digest('hex')}.pdf`;
    await this.storage.put(MEDIA.datasheet(name)[0], bytes);
    return this.set(actor, id, 'datasheet', name);
  }

  remove(actor: AuthenticatedUser, id: string, column: MediaColumn): Promise<StaffProduct> {
    return this.set(actor, id, column, null);
  }

  /** Points the product at the stored file (or none), audited; the file it replaces goes if now unused. */
  private async set(
    actor: AuthenticatedUser,
    id: string,
    column: MediaColumn,
    value: string | null,
  ): Promise<StaffProduct> {
    const { row, previous } = await this.dataSource.transaction(async (manager) => {
      const current = await this.reads.byId(manager, id, true);
      if (!current) throw new AppError(404, 'product_not_found', 'No such product');
      const previous = current[column];
      if (previous !== value) {
        await manager.query(
          `UPDATE products SET ${column} = $2, version = version + 1, updated_at = now() WHERE id = $1`,
          [id, value],
        );
        await this.audit.record(manager, {
          actorUserId: actor.userId,
          companyId: null,
          action: `product.${column}_changed`,
          entityType: 'product',
          entityId: id,
          before: { [column]: previous, version: current.version },
          after: { [column]: value, version: current.version + 1 },
        });
      }
      return { row: (await this.reads.byId(manager, id)) ?? current, previous };
    });
    this.changes.committed();
    if (previous !== null && previous !== value) await this.removeIfUnused(column, previous);
    return toStaffProduct(row);
  }

  private async removeIfUnused(column: MediaColumn, value: string): Promise<void> {
    const [used]: unknown[] = await this.dataSource.query(`SELECT 1 FROM products WHERE ${column} = $1 LIMIT 1`, [
      value,
    ]);
    if (used) return;
    // A file left behind costs disk, never correctness: log it rather than fail the change made.
    await Promise.all(MEDIA[column](value).map((key) => this.storage.delete(key))).catch((error: unknown) =>
      this.logger.warn(`Could not remove unused media ${value}: ${String(error)}`),
    );
  }
}

function notAllowed(what: string): AppError {
  const message = `The file must be ${what} (checked by its content)`;
  return new AppError(422, 'file_type_not_allowed', message, [
    { field: 'file', code: 'file_type_not_allowed', message },
  ]);
}
