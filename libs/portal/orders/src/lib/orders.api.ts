import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@lumen/portal/core';
import type {
  InvoiceKind,
  InvoicePage,
  InvoiceStatus,
  OrderApproval,
  OrderApprovalAnswer,
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

  page(query: OrderHistoryQuery): Promise<OrderPage> {
    return firstValueFrom(this.api.get<OrderPage>('/orders', { query: { ...query } }));
  }

  get(id: string): Promise<OrderDetail> {
    return firstValueFrom(this.api.get<OrderDetail>(`/orders/${id}`));
  }

  /** Who approved (or must approve) an order held by the company's purchasing rules; null when none. */
  async approval(orderId: string): Promise<OrderApproval | null> {
    return (await firstValueFrom(this.api.get<OrderApprovalAnswer>(`/orders/${orderId}/approval`))).approval;
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
    return firstValueFrom(this.api.file(`/invoices/${id}.${format}`));
  }

  /** The printable order confirmation. */
  confirmation(orderId: string): Promise<Blob> {
    return firstValueFrom(this.api.file(`/orders/${orderId}/confirmation.pdf`));
  }
}
