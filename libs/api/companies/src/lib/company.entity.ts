import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@lumen/api/database';
import type {
  CompanyStatus,
  CompanySummary,
  CustomerType,
  LoyaltyTier,
} from '@lumen/shared/contracts';

@Entity('companies')
export class Company extends BaseEntity {
  @Column('text')
  name: string;

  @Column('char', { length: 9 })
  organisationNumber: string;

  @Column('text')
  customerType: CustomerType;

  @Column('text')
  status: CompanyStatus;

  @Column('text')
  tier: LoyaltyTier;

  @Column('text', { nullable: true })
  contactEmail: string | null;

  @Column('text')
  phone: string;

  @Column('timestamptz', { nullable: true })
  verifiedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  deletionRequestedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  erasedAt: Date | null;

  toSummary(): CompanySummary {
    return {
      id: this.id,
      name: this.name,
      organisationNumber: this.organisationNumber,
      customerType: this.customerType,
      status: this.status,
      tier: this.tier,
      contactEmail: this.contactEmail,
      phone: this.phone,
    };
  }
}
