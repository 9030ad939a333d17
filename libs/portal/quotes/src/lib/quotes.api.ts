import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@lumen/portal/core';
import type { QuoteDetail, QuoteSummary } from '@lumen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The customer's quote calls. */
@Injectable({ providedIn: 'root' })
export class QuotesApi {
  private readonly api = inject(ApiClient);

  list(): Promise<QuoteSummary[]> {
    return firstValueFrom(this.api.get<QuoteSummary[]>('/quotes'));
  }

  get(id: string): Promise<QuoteDetail> {
    return firstValueFrom(this.api.get<QuoteDetail>(`/quotes/${id}`));
  }

  comment(id: string, body: string): Promise<QuoteDetail> {
    return firstValueFrom(this.api.post<QuoteDetail>(`/quotes/${id}/comments`, { body }));
  }

  act(id: string, action: 'accept' | 'decline' | 'cancel'): Promise<QuoteDetail> {
    return firstValueFrom(this.api.post<QuoteDetail>(`/quotes/${id}/${action}`, {}));
  }
}
