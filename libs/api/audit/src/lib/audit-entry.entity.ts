import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@lumen/api/database';

@Entity('audit_log')
export class AuditEntry extends BaseEntity {
  @Column('uuid', { nullable: true })
  actorUserId: string | null;

  @Column('uuid', { nullable: true })
  companyId: string | null;

  /** e.g. `company.tier_changed`, `user.roles_changed`, `quote.state_changed` */
  @Column('text')
  action: string;

  @Column('text')
  entityType: string;

  @Column('uuid', { nullable: true })
  entityId: string | null;

  @Column('jsonb', { nullable: true })
  before: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after: Record<string, unknown> | null;

  @Column('text', { nullable: true })
  reason: string | null;
}
