import type { AuthenticatedUser } from '@lumen/api/core';
import type { LoyaltyTier } from '@lumen/shared/contracts';

/**
 * Whose prices to show: a customer's tier, the shop's staff (`'list'`: list prices), or a
 * visitor (`null`: no price fields at all, PRODUCT.md §1).
 */
export type PriceAudience = LoyaltyTier | 'list' | null;

export function priceAudienceOf(user: AuthenticatedUser | undefined | null): PriceAudience {
  if (!user) return null;
  if (user.staffRole) return 'list';
  // A customer company always has a tier; without one (should not happen) show nothing.
  return user.companyTier ?? null;
}
