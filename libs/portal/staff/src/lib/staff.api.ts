import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@lumen/portal/core';
import type { CompanyAuditPage, StaffCompany, StaffCompanyPage, StaffCompanyQuery } from '@lumen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The staff's calls about companies: list, verify, erase, audit log. */
@Injectable({ providedIn: 'root' })
export class StaffApi {
  private readonly api = inject(ApiClient);

  companies(query: StaffCompanyQuery): Promise<StaffCompanyPage> {
    return firstValueFrom(this.api.get<StaffCompanyPage>('/staff/companies', { query: { ...query } }));
  }

  verify(id: string): Promise<StaffCompany> {
    return firstValueFrom(this.api.post<StaffCompany>(`/staff/companies/${id}/verify`));
  }

  erase(id: string): Promise<StaffCompany> {
    return firstValueFrom(this.api.post<StaffCompany>(`/staff/companies/${id}/erase`));
  }

  audit(id: string, page: number): Promise<CompanyAuditPage> {
    return firstValueFrom(this.api.get<CompanyAuditPage>(`/staff/companies/${id}/audit`, { query: { page } }));
  }
}
