import { HttpClient, type HttpEvent, HttpEventType } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE, ApiClient } from '@lumen/portal/core';
import type {
  ProductPage,
  ProductSummary,
  QuickOrderAddToCartResponse,
  QuickOrderCheckToCartRequest,
  QuickOrderInputLine,
  QuickOrderReport,
  QuickOrderReportView,
  QuickOrderTakenLine,
} from '@lumen/shared/contracts';
import { type Observable, filter, firstValueFrom, map } from 'rxjs';

/** What a large upload is doing: sending the file, the server checking it, receiving the report. */
export type CheckProgress =
  | { phase: 'uploading'; percent: number }
  | { phase: 'processing' }
  | { phase: 'receiving'; percent: number | null }
  | { phase: 'done'; report: QuickOrderReport };

/** The rows or the file to check. */
export type QuickOrderSource = { lines: QuickOrderInputLine[] } | { file: File };

const checkPath = (id: string): string => `/quick-order/checks/${encodeURIComponent(id)}`;

@Injectable({ providedIn: 'root' })
export class QuickOrderApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  /**
   * Checks rows or a file, reporting upload and download progress on the way. The server keeps
   * the check and answers its first page of every line.
   */
  check(source: QuickOrderSource): Observable<CheckProgress> {
    return this.http
      .post<QuickOrderReport>(`${API_BASE}/quick-order/check`, this.body(source), {
        reportProgress: true,
        observe: 'events',
      })
      .pipe(
        map((event: HttpEvent<QuickOrderReport>): CheckProgress | null => {
          switch (event.type) {
            case HttpEventType.UploadProgress: {
              const percent = event.total ? Math.round((100 * event.loaded) / event.total) : 0;
              return percent >= 100 ? { phase: 'processing' } : { phase: 'uploading', percent };
            }
            case HttpEventType.DownloadProgress:
              return {
                phase: 'receiving',
                percent: event.total ? Math.round((100 * event.loaded) / event.total) : null,
              };
            case HttpEventType.Response:
              return event.body ? { phase: 'done', report: event.body } : null;
            default:
              return null;
          }
        }),
        filter((progress): progress is CheckProgress => progress !== null),
      );
  }

  /** Another page or view of a stored check (404 `not_found` once the check has expired). */
  page(id: string, view: QuickOrderReportView, page: number, pageSize: number): Promise<QuickOrderReport> {
    return firstValueFrom(this.api.get<QuickOrderReport>(checkPath(id), { query: { view, page, pageSize } }));
  }

  /** The whole report of a stored check as a formula-safe CSV file. */
  downloadReport(id: string): Promise<Blob> {
    return firstValueFrom(this.api.file(`${checkPath(id)}/report.csv`));
  }

  /** Every orderable line of the check, plus the replacements and suggestions taken. */
  addCheckToCart(id: string, take: QuickOrderTakenLine[]): Promise<QuickOrderAddToCartResponse> {
    const body: QuickOrderCheckToCartRequest = { take };
    return firstValueFrom(this.api.post<QuickOrderAddToCartResponse>(`${checkPath(id)}/cart`, body));
  }

  /** Products matching what was typed (article number or name), for a row's article-number picker. */
  async suggest(query: string): Promise<ProductSummary[]> {
    const page = await firstValueFrom(
      this.api.get<ProductPage>('/products', { query: { q: query, pageSize: 8, sort: 'sku' } }),
    );
    return page.items;
  }

  private body(source: QuickOrderSource): FormData | { lines: QuickOrderInputLine[] } {
    if ('lines' in source) return { lines: source.lines };
    const form = new FormData();
    form.append('file', source.file, source.file.name);
    return form;
  }
}
