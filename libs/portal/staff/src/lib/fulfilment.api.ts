import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiClient, type UploadProgress, uploadWithProgress } from '@lumen/portal/core';
import type {
  BankFileResult,
  CreateShipmentRequest,
  FulfilmentSettings,
  OrderDeskDetail,
  OrderDeskPage,
  OrderDeskSort,
  OrderStatus,
  RecordPaymentRequest,
} from '@lumen/shared/contracts';
import { type Observable, firstValueFrom } from 'rxjs';

export interface OrderDeskQuery {
  status?: OrderStatus;
  q?: string;
  sort: OrderDeskSort;
  page: number;
  pageSize: number;
}

/** A bank file on its way: the upload's share sent, then the server booking it, then the result. */
export type BankFileProgress = UploadProgress<BankFileResult>;

/** The order desk's, the payments page's and the fulfilment settings' calls. */
@Injectable({ providedIn: 'root' })
export class FulfilmentApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  desk(query: OrderDeskQuery): Promise<OrderDeskPage> {
    return firstValueFrom(this.api.get<OrderDeskPage>('/staff/orders', { query: { ...query } }));
  }

  order(id: string): Promise<OrderDeskDetail> {
    return firstValueFrom(this.api.get<OrderDeskDetail>(`/staff/orders/${id}`));
  }

  confirm(id: string): Promise<unknown> {
    return firstValueFrom(this.api.post(`/staff/orders/${id}/confirm`));
  }

  prepare(id: string): Promise<unknown> {
    return firstValueFrom(this.api.post(`/staff/orders/${id}/prepare`));
  }

  ship(id: string, request: CreateShipmentRequest): Promise<unknown> {
    return firstValueFrom(this.api.post(`/staff/orders/${id}/shipments`, request));
  }

  delivered(shipmentId: string): Promise<unknown> {
    return firstValueFrom(this.api.post(`/staff/shipments/${shipmentId}/delivered`));
  }

  settings(): Promise<FulfilmentSettings> {
    return firstValueFrom(this.api.get<FulfilmentSettings>('/staff/fulfilment-settings'));
  }

  saveSettings(settings: FulfilmentSettings): Promise<FulfilmentSettings> {
    return firstValueFrom(this.api.put<FulfilmentSettings>('/staff/fulfilment-settings', settings));
  }

  recordPayment(request: RecordPaymentRequest): Promise<unknown> {
    return firstValueFrom(this.api.post('/staff/payments', request));
  }

  /** The bank's CSV (`KID;amount;date`), booked all or nothing, with the upload's progress. */
  uploadBankFile(file: File): Observable<BankFileProgress> {
    const form = new FormData();
    form.append('file', file, file.name);
    return uploadWithProgress<BankFileResult>(this.http, '/staff/payments/bank-file', form);
  }
}
