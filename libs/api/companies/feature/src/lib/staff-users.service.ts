import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { AppError, type AuthenticatedUser } from '@lumen/api/core';
import { User } from '@lumen/api/companies';
import type { StaffUser } from '@lumen/shared/contracts';
import { DataSource } from 'typeorm';
import type { CreateStaffUserDto } from './dto/staff.dto';
import { InvitationMailer } from './invitation.mailer';
import { isUniqueViolation } from './tenant';

/** The shop's own accounts: a shop admin invites consultants (and other shop admins). */
@Injectable()
export class StaffUsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly invitations: InvitationMailer,
  ) {}

  async create(
    actor: AuthenticatedUser,
    dto: CreateStaffUserDto,
  ): Promise<StaffUser> {
    return this.dataSource.transaction(async (manager) => {
      let id: string;
      try {
        ({ id } = await manager.save(
          manager.create(User, {
            companyId: null,
            staffRole: dto.staffRole,
            email: dto.email,
            name: dto.name,
            passwordHash: null,
          }),
        ));
      } catch (error) {
        if (isUniqueViolation(error, 'users_email_key'))
          throw new AppError(409, 'email_taken', 'An account with this e-mail already exists', [
            { field: 'email', code: 'taken', message: 'already registered' },
          ]);
        throw error;
      }
      await this.invitations.invite(manager, { id, ...dto }, 'Lumen Trade');
      await this.audit.record(manager, {
        actorUserId: actor.userId,
        companyId: null,
        action: 'staff_user.created',
        entityType: 'user',
        entityId: id,
        after: { staffRole: dto.staffRole },
      });
      return {
        id,
        name: dto.name,
        email: dto.email,
        staffRole: dto.staffRole,
        invitationPending: true,
      };
    });
  }
}
