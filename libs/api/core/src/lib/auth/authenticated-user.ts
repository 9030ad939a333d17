import type { LoyaltyTier } from '@lumen/shared/contracts';
import type { AppAbility, Principal } from '@lumen/shared/permissions';

/** What every authenticated request knows about its caller, resolved once per request. */
export interface AuthenticatedUser extends Principal {
  sessionId: string;
  email: string;
  name: string;
  roleNames: string[];
  /** The company's loyalty tier, for pricing; null for staff. */
  companyTier: LoyaltyTier | null;
  ability: AppAbility;
}
