import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@lumen/portal/core';
import type {
  BillCaseResponse,
  Cancellation,
  CancellationPage,
  CaseDetail,
  CaseMetrics,
  CaseStatus,
  CaseCategory,
  ClaimDetail,
  ClaimKind,
  ClaimPage,
  ClaimStatus,
  DecideClaimRequest,
  InspectReturnRequest,
  ReturnDetail,
  ReturnPage,
  ReturnStatus,
  ServiceClassification,
  ServiceSettings,
  StaffCasePage,
} from '@lumen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The query of the staff queue (`GET /api/staff/cases`); empty values are left out. */
export interface StaffCaseQuery {
  status?: CaseStatus;
  overdue?: 'true';
  category?: CaseCategory;
  assignee?: 'me' | 'none';
  page: number;
  pageSize: number;
}

/** The desk's calls: the case queue and its work, and the after-sales decisions. */
@Injectable({ providedIn: 'root' })
export class ServiceDeskApi {
  private readonly api = inject(ApiClient);

  cases(query: StaffCaseQuery): Promise<StaffCasePage> {
    return firstValueFrom(this.api.get<StaffCasePage>('/staff/cases', { query: { ...query } }));
  }

  metrics(): Promise<CaseMetrics> {
    return firstValueFrom(this.api.get<CaseMetrics>('/staff/metrics/cases'));
  }

  case(id: string): Promise<CaseDetail> {
    return firstValueFrom(this.api.get<CaseDetail>(`/staff/cases/${id}`));
  }

  claimCase(id: string): Promise<unknown> {
    return firstValueFrom(this.api.post(`/staff/cases/${id}/claim`, {}));
  }

  /** Multipart: the text, the "wait for the customer" choice and up to five files. */
  reply(id: string, body: string, waitForCustomer: boolean, files: readonly File[]): Promise<unknown> {
    const form = new FormData();
    form.append('body', body);
    form.append('waitForCustomer', String(waitForCustomer));
    for (const file of files) form.append('files', file, file.name);
    return firstValueFrom(this.api.post(`/staff/cases/${id}/reply`, form));
  }

  resolve(id: string): Promise<unknown> {
    return firstValueFrom(this.api.post(`/staff/cases/${id}/resolve`, {}));
  }

  close(id: string): Promise<unknown> {
    return firstValueFrom(this.api.post(`/staff/cases/${id}/close`, {}));
  }

  classify(id: string, classification: ServiceClassification): Promise<unknown> {
    return firstValueFrom(this.api.put(`/staff/cases/${id}/classification`, { classification }));
  }

  logTime(id: string, minutes: number, note: string | null): Promise<unknown> {
    return firstValueFrom(this.api.post(`/staff/cases/${id}/time-entries`, { minutes, ...(note ? { note } : {}) }));
  }

  bill(id: string): Promise<BillCaseResponse> {
    return firstValueFrom(this.api.post<BillCaseResponse>(`/staff/cases/${id}/bill`, {}));
  }

  /** A message's attachment or a claim's photo, as a Blob (the route needs the access token). */
  attachment(id: string): Promise<Blob> {
    return firstValueFrom(this.api.file(`/attachments/${id}`));
  }

  returns(query: { status?: ReturnStatus; page: number; pageSize: number }): Promise<ReturnPage> {
    return firstValueFrom(this.api.get<ReturnPage>('/staff/returns', { query: { ...query } }));
  }

  return(id: string): Promise<ReturnDetail> {
    return firstValueFrom(this.api.get<ReturnDetail>(`/staff/returns/${id}`));
  }

  receiveReturn(id: string): Promise<unknown> {
    return firstValueFrom(this.api.post(`/staff/returns/${id}/receive`, {}));
  }

  inspectReturn(id: string, request: InspectReturnRequest): Promise<unknown> {
    return firstValueFrom(this.api.post(`/staff/returns/${id}/inspect`, request));
  }

  claims(query: { kind?: ClaimKind; status?: ClaimStatus; page: number; pageSize: number }): Promise<ClaimPage> {
    return firstValueFrom(this.api.get<ClaimPage>('/staff/claims', { query: { ...query } }));
  }

  claim(id: string): Promise<ClaimDetail> {
    return firstValueFrom(this.api.get<ClaimDetail>(`/staff/claims/${id}`));
  }

  decideClaim(id: string, request: DecideClaimRequest): Promise<unknown> {
    return firstValueFrom(this.api.post(`/staff/claims/${id}/decide`, request));
  }

  /** The requests still to decide (the ones cancelled at once need no one). */
  cancellations(page: number, pageSize: number): Promise<CancellationPage> {
    return firstValueFrom(
      this.api.get<CancellationPage>('/staff/cancellations', { query: { status: 'requested', page, pageSize } }),
    );
  }

  acceptCancellation(id: string): Promise<Cancellation> {
    return firstValueFrom(this.api.post<Cancellation>(`/staff/cancellations/${id}/accept`, {}));
  }

  refuseCancellation(id: string, reason: string): Promise<Cancellation> {
    return firstValueFrom(this.api.post<Cancellation>(`/staff/cancellations/${id}/refuse`, { reason }));
  }

  settings(): Promise<ServiceSettings> {
    return firstValueFrom(this.api.get<ServiceSettings>('/staff/service-settings'));
  }

  saveSettings(settings: ServiceSettings): Promise<ServiceSettings> {
    return firstValueFrom(this.api.put<ServiceSettings>('/staff/service-settings', settings));
  }
}
