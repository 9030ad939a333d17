export const CUSTOMER_TYPES = ['business', 'non_vat_registered'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const COMPANY_STATUSES = ['active', 'pending_verification', 'deletion_requested', 'deleted'] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];

export const LOYALTY_TIERS = ['silver', 'gold', 'platinum'] as const;
export type LoyaltyTier = (typeof LOYALTY_TIERS)[number];

/** ISO 3166-1 alpha-2 codes of the countries the shop delivers to (PRODUCT.md §8). */
export const DELIVERY_COUNTRIES = [
  'NO',
  'SE',
  'DK',
  'FI',
  'DE',
  'NL',
  'BE',
  'LU',
  'FR',
  'AT',
  'CH',
  'IE',
  'IT',
  'PT',
  'ES',
  'GB',
] as const;
export type DeliveryCountry = (typeof DELIVERY_COUNTRIES)[number];

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
