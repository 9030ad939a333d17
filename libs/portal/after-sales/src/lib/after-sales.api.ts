import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiClient, type UploadProgress, uploadWithProgress } from '@lumen/portal/core';
import type {
  Cancellation,
  CancelLineRequest,
  ClaimDetail,
  ClaimKind,
  ClaimPage,
  ClaimStatus,
  CreateClaimRequest,
  CreateReturnRequest,
  OrderAfterSales,
  ReturnDetail,
  ReturnPage,
  ReturnStatus,
} from '@lumen/shared/contracts';
import { type Observable, firstValueFrom } from 'rxjs';

/** The multipart body of a request with files: its fields, then each file under `fileField`. */
export function multipart(
  fields: Record<string, string | number | undefined>,
  fileField: string,
  files: readonly File[],
): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields))
    if (value !== undefined && value !== '') form.append(name, String(value));
  for (const file of files) form.append(fileField, file, file.name);
  return form;
}

export interface AfterSalesQuery {
  status?: string;
  page: number;
  pageSize: number;
}

/** The customer's after-sales calls: an order's options, cancellations, returns and claims. */
@Injectable({ providedIn: 'root' })
export class AfterSalesApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  forOrder(orderId: string): Promise<OrderAfterSales> {
    return firstValueFrom(this.api.get<OrderAfterSales>(`/orders/${orderId}/after-sales`));
  }

  cancel(orderId: string, lineId: string, request: CancelLineRequest): Promise<Cancellation> {
    return firstValueFrom(this.api.post<Cancellation>(`/orders/${orderId}/lines/${lineId}/cancel-request`, request));
  }

  createReturn(orderId: string, request: CreateReturnRequest): Promise<ReturnDetail> {
    return firstValueFrom(this.api.post<ReturnDetail>(`/orders/${orderId}/returns`, request));
  }

  /** A warranty claim or a damage report, with its photos. */
  createClaim(
    kind: ClaimKind,
    request: CreateClaimRequest,
    photos: readonly File[],
  ): Observable<UploadProgress<ClaimDetail>> {
    const path = kind === 'warranty' ? '/warranty-claims' : '/damage-reports';
    return uploadWithProgress<ClaimDetail>(this.http, path, multipart({ ...request }, 'photos', photos));
  }

  returns(query: AfterSalesQuery & { status?: ReturnStatus }): Promise<ReturnPage> {
    return firstValueFrom(this.api.get<ReturnPage>('/returns', { query: { ...query } }));
  }

  returnDetail(id: string): Promise<ReturnDetail> {
    return firstValueFrom(this.api.get<ReturnDetail>(`/returns/${id}`));
  }

  returnLabel(id: string): Promise<Blob> {
    return firstValueFrom(this.api.file(`/returns/${id}/label.pdf`));
  }

  claims(query: AfterSalesQuery & { status?: ClaimStatus; kind?: ClaimKind }): Promise<ClaimPage> {
    return firstValueFrom(this.api.get<ClaimPage>('/claims', { query: { ...query } }));
  }

  claimDetail(id: string): Promise<ClaimDetail> {
    return firstValueFrom(this.api.get<ClaimDetail>(`/claims/${id}`));
  }

  /** A credit note's PDF or EHF, by the invoices' own routes. */
  creditNote(id: string, format: 'pdf' | 'xml'): Promise<Blob> {
    return firstValueFrom(this.api.file(`/invoices/${id}.${format}`));
  }

  /** A photo or a case message's file (`AttachmentRef.url` is `/api/attachments/:id`). */
  attachment(id: string): Promise<Blob> {
    return firstValueFrom(this.api.file(`/attachments/${id}`));
  }
}
