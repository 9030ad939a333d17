import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@lumen/portal/core';
import type {
  QuoteMetrics,
  SaveQuoteDraftRequest,
  StaffQuoteDetail,
  StaffQueueQuote,
  StaffQuoteQuery,
} from '@lumen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The consultant desk's calls. */
@Injectable({ providedIn: 'root' })
export class QuoteDeskApi {
  private readonly api = inject(ApiClient);

  queue(query: StaffQuoteQuery): Promise<StaffQueueQuote[]> {
    return firstValueFrom(this.api.get<StaffQueueQuote[]>('/staff/quotes', { query: { ...query } }));
  }

  metrics(): Promise<QuoteMetrics> {
    return firstValueFrom(this.api.get<QuoteMetrics>('/staff/metrics/quotes'));
  }

  get(id: string): Promise<StaffQuoteDetail> {
    return firstValueFrom(this.api.get<StaffQuoteDetail>(`/staff/quotes/${id}`));
  }

  claim(id: string): Promise<StaffQuoteDetail> {
    return firstValueFrom(this.api.post<StaffQuoteDetail>(`/staff/quotes/${id}/claim`, {}));
  }

  saveDraft(id: string, draft: SaveQuoteDraftRequest): Promise<StaffQuoteDetail> {
    return firstValueFrom(this.api.put<StaffQuoteDetail>(`/staff/quotes/${id}/draft`, draft));
  }

  publish(id: string): Promise<StaffQuoteDetail> {
    return firstValueFrom(this.api.post<StaffQuoteDetail>(`/staff/quotes/${id}/publish`, {}));
  }

  comment(id: string, body: string): Promise<StaffQuoteDetail> {
    return firstValueFrom(this.api.post<StaffQuoteDetail>(`/staff/quotes/${id}/comments`, { body }));
  }
}
