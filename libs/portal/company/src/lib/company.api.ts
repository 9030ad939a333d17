import { Injectable, inject } from '@angular/core';
import { ApiClient } from '@lumen/portal/core';
import type {
  CompanyAddress,
  CompanyProfile,
  CompanyRole,
  CompanyUser,
  CreateAddressRequest,
  CreateCompanyUserRequest,
  CreateRoleRequest,
  DeletionRequest,
  UpdateAddressRequest,
  UpdateCompanyRequest,
  UpdateCompanyUserRequest,
  UpdateRoleRequest,
} from '@lumen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The company account calls of `/api/company`, typed by the shared contracts. */
@Injectable({ providedIn: 'root' })
export class CompanyApi {
  private readonly api = inject(ApiClient);

  profile(): Promise<CompanyProfile> {
    return firstValueFrom(this.api.get<CompanyProfile>('/company'));
  }

  updateProfile(request: UpdateCompanyRequest): Promise<CompanyProfile> {
    return firstValueFrom(this.api.patch<CompanyProfile>('/company', request));
  }

  requestDeletion(request: DeletionRequest): Promise<CompanyProfile> {
    return firstValueFrom(this.api.post<CompanyProfile>('/company/deletion-request', request));
  }

  withdrawDeletion(): Promise<CompanyProfile> {
    return firstValueFrom(this.api.delete<CompanyProfile>('/company/deletion-request'));
  }

  addresses(): Promise<CompanyAddress[]> {
    return firstValueFrom(this.api.get<CompanyAddress[]>('/company/addresses'));
  }

  createAddress(request: CreateAddressRequest): Promise<CompanyAddress> {
    return firstValueFrom(this.api.post<CompanyAddress>('/company/addresses', request));
  }

  updateAddress(id: string, request: UpdateAddressRequest): Promise<CompanyAddress> {
    return firstValueFrom(this.api.patch<CompanyAddress>(`/company/addresses/${id}`, request));
  }

  deleteAddress(id: string): Promise<void> {
    return firstValueFrom(this.api.delete(`/company/addresses/${id}`));
  }

  users(): Promise<CompanyUser[]> {
    return firstValueFrom(this.api.get<CompanyUser[]>('/company/users'));
  }

  createUser(request: CreateCompanyUserRequest): Promise<CompanyUser> {
    return firstValueFrom(this.api.post<CompanyUser>('/company/users', request));
  }

  /** A new invitation e-mail; the links sent before stop working. */
  resendInvitation(id: string): Promise<CompanyUser> {
    return firstValueFrom(this.api.post<CompanyUser>(`/company/users/${id}/invitation`));
  }

  updateUser(id: string, request: UpdateCompanyUserRequest): Promise<CompanyUser> {
    return firstValueFrom(this.api.patch<CompanyUser>(`/company/users/${id}`, request));
  }

  roles(): Promise<CompanyRole[]> {
    return firstValueFrom(this.api.get<CompanyRole[]>('/company/roles'));
  }

  createRole(request: CreateRoleRequest): Promise<CompanyRole> {
    return firstValueFrom(this.api.post<CompanyRole>('/company/roles', request));
  }

  updateRole(id: string, request: UpdateRoleRequest): Promise<CompanyRole> {
    return firstValueFrom(this.api.patch<CompanyRole>(`/company/roles/${id}`, request));
  }

  deleteRole(id: string): Promise<void> {
    return firstValueFrom(this.api.delete(`/company/roles/${id}`));
  }
}
