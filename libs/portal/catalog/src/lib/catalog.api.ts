import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@lumen/portal/core';
import type {
  CategoryNode,
  ChangeCompanyTierRequest,
  ChangeCompanyTierResponse,
  ProductDetail,
  ProductPage,
  ProductQuery,
  StaffCompanyPage,
  TierDiscounts,
  UpdateTierDiscountsRequest,
} from '@lumen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** Catalog and pricing calls, typed by the shared contracts. Prices come computed from the API. */
@Injectable({ providedIn: 'root' })
export class CatalogApi {
  private readonly api = inject(ApiClient);

  categories(): Promise<CategoryNode[]> {
    return firstValueFrom(this.api.get<CategoryNode[]>('/categories'));
  }

  search(query: ProductQuery): Promise<ProductPage> {
    return firstValueFrom(this.api.get<ProductPage>('/products', { query: { ...query } }));
  }

  product(sku: string): Promise<ProductDetail> {
    return firstValueFrom(this.api.get<ProductDetail>(`/products/${encodeURIComponent(sku)}`));
  }

  tierDiscounts(): Promise<TierDiscounts> {
    return firstValueFrom(this.api.get<TierDiscounts>('/staff/pricing/tiers'));
  }

  updateTierDiscounts(request: UpdateTierDiscountsRequest): Promise<TierDiscounts> {
    return firstValueFrom(this.api.put<TierDiscounts>('/staff/pricing/tiers', request));
  }

  companies(q: string): Promise<StaffCompanyPage> {
    return firstValueFrom(this.api.get<StaffCompanyPage>('/staff/companies', { query: { q, pageSize: 20 } }));
  }

  changeTier(companyId: string, request: ChangeCompanyTierRequest): Promise<ChangeCompanyTierResponse> {
    return firstValueFrom(this.api.patch<ChangeCompanyTierResponse>(`/staff/companies/${companyId}/tier`, request));
  }
}
