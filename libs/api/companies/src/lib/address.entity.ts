import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@lumen/api/database';

export type AddressKind = 'billing' | 'delivery';

@Entity('addresses')
export class Address extends BaseEntity {
  @Column('uuid')
  companyId: string;

  @Column('text')
  kind: AddressKind;

  @Column('text', { nullable: true })
  label: string | null;

  @Column('text')
  line1: string;

  @Column('text', { nullable: true })
  line2: string | null;

  @Column('text')
  postalCode: string;

  @Column('text')
  city: string;

  @Column('char', { length: 2 })
  country: string;

  /** Whom the freight forwarder phones to agree a delivery date (PRODUCT.md §13). */
  @Column('text', { nullable: true })
  recipientName: string | null;

  @Column('text', { nullable: true })
  recipientPhone: string | null;

  @Column('boolean', { default: false })
  isDefault: boolean;

  /** Soft delete: an order keeps its own copy, but the book keeps the row for history. */
  @Column('timestamptz', { nullable: true })
  deletedAt: Date | null;
}
