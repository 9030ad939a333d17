import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  actorUserId: string | null;
  companyId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

/** Records who changed what, inside the transaction that made the change. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    // TypeORM's insert typing cannot express a free-form jsonb object; the entity can.
    const row: Omit<AuditEntry, 'id' | 'createdAt' | 'updatedAt'> = {
      ...entry,
      before: entry.before ?? null,
      after: entry.after ?? null,
      reason: entry.reason ?? null,
    };
    await manager.insert(AuditEntry, row as QueryDeepPartialEntity<AuditEntry>);
  }
}
