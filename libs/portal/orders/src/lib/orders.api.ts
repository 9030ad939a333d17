import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE, ApiClient } from '@lumen/portal/core';
import type {
  InvoiceKind,
  InvoicePage,
  InvoiceStatus,
  OrderDetail,
  OrderPage,
  OrderStatus,
  ReorderResponse,
  Shipment,
} from '@lumen/shared/contracts';
import { firstValueFrom } from 'rxjs';

export interface OrderHistoryQuery {
  status?: OrderStatus;
  /** Order number, PO reference or article number. */
  q?: string;
  page: number;
  pageSize: number;
}

export interface InvoiceQuery {
  status?: InvoiceStatus;
  kind?: InvoiceKind;
  orderId?: string;
  page: number;
  pageSize: number;
}

/** PDF for people, EHF (Peppol BIS Billing 3.0 XML) for the buyer's accounting system. */
export type DocumentFormat = 'pdf' | 'xml';

@Injectable({ providedIn: 'root' })
export class OrdersApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  page(query: OrderHistoryQuery): Promise<OrderPage> {
    return firstValueFrom(this.api.get<OrderPage>('/orders', { query: { ...query } }));
  }

  get(id: string): Promise<OrderDetail> {
    return firstValueFrom(this.api.get<OrderDetail>(`/orders/${id}`));
  }

  shipments(orderId: string): Promise<Shipment[]> {
    return firstValueFrom(this.api.get<Shipment[]>(`/orders/${orderId}/shipments`));
  }

  invoices(query: InvoiceQuery): Promise<InvoicePage> {
    return firstValueFrom(this.api.get<InvoicePage>('/invoices', { query: { ...query } }));
  }

  /** The order's lines into the cart at today's prices; what can no longer be ordered comes back. */
  reorder(orderId: string): Promise<ReorderResponse> {
    return firstValueFrom(this.api.post<ReorderResponse>(`/orders/${orderId}/reorder`));
  }

  /** An invoice or credit note as a file (the token travels in a header, so no plain link). */
  document(id: string, format: DocumentFormat): Promise<Blob> {
    return this.file(`/invoices/${id}.${format}`);
  }

  /** The printable order confirmation. */
  confirmation(orderId: string): Promise<Blob> {
    return this.file(`/orders/${orderId}/confirmation.pdf`);
  }

  private async file(path: string): Promise<Blob> {
    try {
      return await firstValueFrom(this.http.get(`${API_BASE}${path}`, { responseType: 'blob' }));
    } catch (error) {
      throw await withJsonBody(error);
    }
  }
}

/** A blob request's error arrives as a Blob: read the API's JSON error body out of it. */
async function withJsonBody(error: unknown): Promise<unknown> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) return error;
  try {
    const body: unknown = JSON.parse(await error.error.text());
    return new HttpErrorResponse({
      error: body,
      headers: error.headers,
      status: error.status,
      url: error.url ?? undefined,
    });
  } catch {
    return error;
  }
}
