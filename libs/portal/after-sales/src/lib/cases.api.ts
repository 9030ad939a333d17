import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@lumen/portal/core';
import type {
  CaseDetail,
  CaseMessage,
  CasePage,
  CaseStatus,
  CreateCaseRequest,
  InvoicePage,
  OrderPage,
} from '@lumen/shared/contracts';
import { type Observable, firstValueFrom } from 'rxjs';
import { type UploadProgress, uploadWithProgress } from '@lumen/portal/core';
import { multipart } from './after-sales.api';

/** How many of the company's latest orders and invoices "New case" offers to link. */
const LINKABLE = 50;

/** The company's service cases: list, open one with files, read its thread and answer it. */
@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  page(query: { status?: CaseStatus; page: number; pageSize: number }): Promise<CasePage> {
    return firstValueFrom(this.api.get<CasePage>('/cases', { query: { ...query } }));
  }

  get(id: string): Promise<CaseDetail> {
    return firstValueFrom(this.api.get<CaseDetail>(`/cases/${id}`));
  }

  create(request: CreateCaseRequest, files: readonly File[]): Observable<UploadProgress<CaseDetail>> {
    return uploadWithProgress<CaseDetail>(this.http, '/cases', multipart({ ...request }, 'files', files));
  }

  reply(caseId: string, body: string, files: readonly File[]): Observable<UploadProgress<CaseMessage>> {
    return uploadWithProgress<CaseMessage>(this.http, `/cases/${caseId}/messages`, multipart({ body }, 'files', files));
  }

  /** The orders and invoices a new case may be about, newest first. */
  async linkable(): Promise<{ orders: OrderPage['items']; invoices: InvoicePage['items'] }> {
    const query = { page: 1, pageSize: LINKABLE };
    const [orders, invoices] = await Promise.all([
      firstValueFrom(this.api.get<OrderPage>('/orders', { query })),
      firstValueFrom(this.api.get<InvoicePage>('/invoices', { query })),
    ]);
    return { orders: orders.items, invoices: invoices.items };
  }
}
