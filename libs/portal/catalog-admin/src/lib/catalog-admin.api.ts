import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiClient, type UploadProgress, uploadWithProgress } from '@lumen/portal/core';
import type {
  CatalogExportHeaderLanguage,
  CatalogImportMode,
  CatalogImportReport,
  CatalogImportReportView,
  CreateCategoryRequest,
  CreateProductRequest,
  StaffCategoryNode,
  StaffProduct,
  StaffProductPage,
  StaffProductQuery,
  StockFeedResult,
  UpdateCategoryRequest,
  UpdateProductRequest,
} from '@lumen/shared/contracts';
import { type Observable, firstValueFrom } from 'rxjs';
import { fileForm } from './upload';

export type ProductMedia = 'image' | 'datasheet';
export type ExportFormat = 'csv' | 'xlsx';

const productPath = (id: string): string => `/staff/products/${encodeURIComponent(id)}`;
const categoryPath = (id: string): string => `/staff/categories/${encodeURIComponent(id)}`;

/** The back office's calls (`/api/staff/…`), typed by `@lumen/shared/contracts`. */
@Injectable({ providedIn: 'root' })
export class CatalogAdminApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  products(query: StaffProductQuery): Promise<StaffProductPage> {
    return firstValueFrom(this.api.get<StaffProductPage>('/staff/products', { query: { ...query } }));
  }

  product(id: string): Promise<StaffProduct> {
    return firstValueFrom(this.api.get<StaffProduct>(productPath(id)));
  }

  createProduct(request: CreateProductRequest): Promise<StaffProduct> {
    return firstValueFrom(this.api.post<StaffProduct>('/staff/products', request));
  }

  updateProduct(id: string, request: UpdateProductRequest): Promise<StaffProduct> {
    return firstValueFrom(this.api.patch<StaffProduct>(productPath(id), request));
  }

  /** An image (JPEG/PNG/WebP) or the datasheet (PDF); answers the product with its new URLs. */
  uploadMedia(id: string, kind: ProductMedia, file: File): Observable<UploadProgress<StaffProduct>> {
    return uploadWithProgress<StaffProduct>(this.http, `${productPath(id)}/${kind}`, fileForm(file));
  }

  removeMedia(id: string, kind: ProductMedia): Promise<StaffProduct> {
    return firstValueFrom(this.api.delete<StaffProduct>(`${productPath(id)}/${kind}`));
  }

  categories(): Promise<StaffCategoryNode[]> {
    return firstValueFrom(this.api.get<StaffCategoryNode[]>('/staff/categories'));
  }

  createCategory(request: CreateCategoryRequest): Promise<StaffCategoryNode> {
    return firstValueFrom(this.api.post<StaffCategoryNode>('/staff/categories', request));
  }

  updateCategory(id: string, request: UpdateCategoryRequest): Promise<StaffCategoryNode> {
    return firstValueFrom(this.api.patch<StaffCategoryNode>(categoryPath(id), request));
  }

  deleteCategory(id: string): Promise<void> {
    return firstValueFrom(this.api.delete(categoryPath(id)));
  }

  /** A CSV or XLSX of products: `dry-run` reports every line, `apply` writes them all or nothing. */
  importFile(file: File, mode: CatalogImportMode): Observable<UploadProgress<CatalogImportReport>> {
    return uploadWithProgress<CatalogImportReport>(this.http, '/staff/products/import', fileForm(file), { mode });
  }

  /** Another page or view of a stored import report (404 once it has expired). */
  importPage(id: string, view: CatalogImportReportView, page: number, pageSize: number): Promise<CatalogImportReport> {
    return firstValueFrom(
      this.api.get<CatalogImportReport>(`/staff/product-imports/${encodeURIComponent(id)}`, {
        query: { view, page, pageSize },
      }),
    );
  }

  stockFeed(file: File): Observable<UploadProgress<StockFeedResult>> {
    return uploadWithProgress<StockFeedResult>(this.http, '/staff/stock-feed', fileForm(file));
  }

  exportFile(format: ExportFormat, headers: CatalogExportHeaderLanguage): Promise<Blob> {
    return firstValueFrom(this.api.file(`/staff/products/export.${format}`, { query: { headers } }));
  }
}
