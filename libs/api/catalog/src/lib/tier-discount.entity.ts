import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LoyaltyTier } from '@lumen/shared/contracts';

/** The shop admin's discount percentage per loyalty tier (a settings row per tier). */
@Entity('tier_discounts')
export class TierDiscount {
  @PrimaryColumn('text')
  tier: LoyaltyTier;

  @Column('numeric', {
    precision: 5,
    scale: 2,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  discountPercent: number;

  @Column('timestamptz')
  updatedAt: Date;

  @Column('uuid', { nullable: true })
  updatedBy: string | null;
}
