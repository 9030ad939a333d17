import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@lumen/api/database';

@Entity('outbox_messages')
export class OutboxMessage extends BaseEntity {
  /** What caused it, e.g. `password_reset`; tests and support find messages by it. */
  @Column('text')
  kind: string;

  @Column('text')
  recipient: string;

  @Column('text')
  subject: string;

  @Column('text')
  body: string;

  @Column('timestamptz')
  availableAt: Date;

  @Column('integer', { default: 0 })
  attempts: number;

  @Column('text', { nullable: true })
  lastError: string | null;

  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;
}
