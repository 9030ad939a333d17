import { Column, Entity } from 'typeorm';
import { BaseEntity } from '@lumen/api/database';
import type { BuiltInRoleKey, Permission } from '@lumen/shared/permissions';

/** Built-in roles are global rows (company null, `builtInKey` set); custom roles belong to a company. */
@Entity('roles')
export class Role extends BaseEntity {
  @Column('uuid', { nullable: true })
  companyId: string | null;

  @Column('text', { nullable: true })
  builtInKey: BuiltInRoleKey | null;

  @Column('text')
  name: string;

  @Column('text', { array: true })
  permissions: Permission[];
}
