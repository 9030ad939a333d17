import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@lumen/portal/core';
import type { OrderDetail, OrderPage } from '@lumen/shared/contracts';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class OrdersApi {
  private readonly api = inject(ApiClient);

  page(page: number, pageSize = 20): Promise<OrderPage> {
    return firstValueFrom(this.api.get<OrderPage>('/orders', { query: { page, pageSize } }));
  }

  get(id: string): Promise<OrderDetail> {
    return firstValueFrom(this.api.get<OrderDetail>(`/orders/${id}`));
  }
}
