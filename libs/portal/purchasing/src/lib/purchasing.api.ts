import { Injectable, inject, signal } from '@angular/core';
import { ApiClient } from '@lumen/portal/core';
import type {
  ApprovalRule,
  ApprovalsPage,
  Budget,
  CompanyAddress,
  CompanyRole,
  CompanyUser,
  CreateApprovalRuleRequest,
  CreateBudgetRequest,
  OrderApproval,
  PurchasingCheck,
  ShippingMethod,
  UpdateBudgetRequest,
} from '@lumen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The purchasing-controls calls (`/api/company/approval-rules`, `/budgets`, `/api/approvals`), typed by the contracts. */
@Injectable({ providedIn: 'root' })
export class PurchasingApi {
  private readonly api = inject(ApiClient);
  /** How many orders wait for the caller, for the header; refreshed by every approvals call. */
  readonly awaitingYou = signal(0);

  rules(): Promise<ApprovalRule[]> {
    return firstValueFrom(this.api.get<ApprovalRule[]>('/company/approval-rules'));
  }

  createRule(request: CreateApprovalRuleRequest): Promise<ApprovalRule> {
    return firstValueFrom(this.api.post<ApprovalRule>('/company/approval-rules', request));
  }

  deleteRule(id: string): Promise<void> {
    return firstValueFrom(this.api.delete(`/company/approval-rules/${id}`));
  }

  budgets(): Promise<Budget[]> {
    return firstValueFrom(this.api.get<Budget[]>('/company/budgets'));
  }

  createBudget(request: CreateBudgetRequest): Promise<Budget> {
    return firstValueFrom(this.api.post<Budget>('/company/budgets', request));
  }

  updateBudget(id: string, request: UpdateBudgetRequest): Promise<Budget> {
    return firstValueFrom(this.api.patch<Budget>(`/company/budgets/${id}`, request));
  }

  /** The choices of a rule's and a budget's form: the company's roles, users and sites. */
  roles(): Promise<CompanyRole[]> {
    return firstValueFrom(this.api.get<CompanyRole[]>('/company/roles'));
  }

  users(): Promise<CompanyUser[]> {
    return firstValueFrom(this.api.get<CompanyUser[]>('/company/users'));
  }

  addresses(): Promise<CompanyAddress[]> {
    return firstValueFrom(this.api.get<CompanyAddress[]>('/company/addresses'));
  }

  async approvals(): Promise<ApprovalsPage> {
    const page = await firstValueFrom(this.api.get<ApprovalsPage>('/approvals'));
    this.awaitingYou.set(page.counts.awaitingYou);
    return page;
  }

  approval(id: string): Promise<OrderApproval> {
    return firstValueFrom(this.api.get<OrderApproval>(`/approvals/${id}`));
  }

  approve(id: string): Promise<OrderApproval> {
    return firstValueFrom(this.api.post<OrderApproval>(`/approvals/${id}/approve`, {}));
  }

  reject(id: string, reason: string): Promise<OrderApproval> {
    return firstValueFrom(this.api.post<OrderApproval>(`/approvals/${id}/reject`, { reason }));
  }

  /** What the purchasing controls would do to the order checkout is about to place. */
  check(deliveryAddressId: string, shippingMethod: ShippingMethod, quoteId: string | null): Promise<PurchasingCheck> {
    const query = new URLSearchParams({ deliveryAddressId, shippingMethod });
    if (quoteId) query.set('quoteId', quoteId);
    return firstValueFrom(this.api.get<PurchasingCheck>(`/cart/purchasing-check?${query}`));
  }
}
