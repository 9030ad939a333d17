import type { DeliveryCountry } from '@lumen/shared/domain';

/** The delivery countries are a domain rule (shipping); the contract carries the same list. */
export { DELIVERY_COUNTRIES } from '@lumen/shared/domain';
export type { DeliveryCountry } from '@lumen/shared/domain';

export const CUSTOMER_TYPES = ['business', 'non_vat_registered'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const COMPANY_STATUSES = ['active', 'pending_verification', 'deletion_requested', 'deleted'] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];

export const LOYALTY_TIERS = ['silver', 'gold', 'platinum'] as const;
export type LoyaltyTier = (typeof LOYALTY_TIERS)[number];

export interface AddressInput {
  line1: string;
  line2?: string;
  postalCode: string;
  city: string;
  country: DeliveryCountry;
}

export interface CompanySummary {
  id: string;
  name: string;
  organisationNumber: string;
  customerType: CustomerType;
  status: CompanyStatus;
  tier: LoyaltyTier;
  contactEmail: string | null;
  phone: string;
}
