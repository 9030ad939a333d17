import type { CompanyStatus, CompanySummary, DeliveryCountry, LoyaltyTier } from './company';
import type { StaffRole } from './auth';

/** `GET /api/company`: the caller's company, with what its status allows. */
export interface CompanyProfile extends CompanySummary {
  /** False while the company waits for verification or deletion: its users cannot order. */
  canOrder: boolean;
  verifiedAt: string | null;
  deletionRequestedAt: string | null;
}

/** `PATCH /api/company`: only these fields; tier, status and the rest are not the customer's. */
export interface UpdateCompanyRequest {
  name?: string;
  contactEmail?: string;
  phone?: string;
}

export type AddressKind = 'billing' | 'delivery';

export interface CompanyAddress {
  id: string;
  kind: AddressKind;
  label: string | null;
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  country: DeliveryCountry;
  /** The default delivery address; always false for the billing address. */
  isDefault: boolean;
  /** Whom the freight forwarder phones to agree a date for a bulky delivery. */
  recipientName: string | null;
  recipientPhone: string | null;
}

/** `POST /api/company/addresses` creates a delivery address (the billing one exists from registration). */
export interface CreateAddressRequest {
  label?: string;
  line1: string;
  line2?: string;
  postalCode: string;
  city: string;
  country: DeliveryCountry;
  isDefault?: boolean;
  /** `null` clears them. */
  recipientName?: string | null;
  recipientPhone?: string | null;
}

export type UpdateAddressRequest = Partial<CreateAddressRequest>;

export interface RoleRef {
  id: string;
  name: string;
  builtInKey: string | null;
}

export interface CompanyUser {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  active: boolean;
  /** Invited but has not set a password yet. */
  invitationPending: boolean;
  roles: RoleRef[];
  createdAt: string;
}

export interface CreateCompanyUserRequest {
  name: string;
  email: string;
  phone?: string;
  roleIds: string[];
}

export interface UpdateCompanyUserRequest {
  name?: string;
  phone?: string;
  roleIds?: string[];
  active?: boolean;
}

export interface CompanyRole {
  id: string;
  name: string;
  /** Set for the built-in roles, which cannot be edited or deleted. */
  builtInKey: string | null;
  permissions: string[];
  /** Users of the caller's company holding the role; a role in use cannot be deleted. */
  userCount: number;
}

export interface CreateRoleRequest {
  name: string;
  permissions: string[];
}

export type UpdateRoleRequest = Partial<CreateRoleRequest>;

export interface DeletionRequest {
  reason?: string;
}

/** `GET /api/staff/companies` query. */
export interface StaffCompanyQuery {
  q?: string;
  status?: CompanyStatus;
  tier?: LoyaltyTier;
  page?: number;
  pageSize?: number;
}

export interface StaffCompany extends CompanySummary {
  createdAt: string;
  verifiedAt: string | null;
  deletionRequestedAt: string | null;
  erasedAt: string | null;
  userCount: number;
}

export interface StaffCompanyPage {
  items: StaffCompany[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditEntryView {
  id: string;
  createdAt: string;
  /** Who did it; null for the system. An erased user's name reads as erased. */
  actor: { id: string; name: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
}

export interface CompanyAuditPage {
  company: { id: string; name: string; status: CompanyStatus };
  items: AuditEntryView[];
  total: number;
  page: number;
  pageSize: number;
}

/** `POST /api/staff/users`: a shop admin invites a consultant (or another shop admin). */
export interface CreateStaffUserRequest {
  name: string;
  email: string;
  staffRole: StaffRole;
}

export interface StaffUser {
  id: string;
  name: string;
  email: string;
  staffRole: StaffRole;
  invitationPending: boolean;
}
