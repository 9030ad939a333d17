import { Column, Entity, JoinTable, ManyToMany } from 'typeorm';
import { BaseEntity } from '@lumen/api/database';
import type { UserLanguage } from '@lumen/shared/contracts';
import type { StaffRoleKey } from '@lumen/shared/permissions';
import { Role } from './role.entity';

/** A customer employee (company set) or a member of the shop's staff (staffRole set), never both. */
@Entity('users')
export class User extends BaseEntity {
  @Column('uuid', { nullable: true })
  companyId: string | null;

  @Column('text', { nullable: true })
  staffRole: StaffRoleKey | null;

  @Column('text')
  email: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  phone: string | null;

  /** Null until an invited employee sets a password. */
  @Column('text', { nullable: true, select: false })
  passwordHash: string | null;

  /** The language of the user's e-mails and documents: the portal's choice (`PATCH /api/me`). */
  @Column('text', { default: 'nb' })
  language: UserLanguage;

  @Column('boolean', { default: true })
  active: boolean;

  @Column('timestamptz', { nullable: true })
  erasedAt: Date | null;

  @ManyToMany(() => Role)
  @JoinTable({
    name: 'user_roles',
    joinColumn: { name: 'user_id' },
    inverseJoinColumn: { name: 'role_id' },
  })
  roles: Role[];
}
