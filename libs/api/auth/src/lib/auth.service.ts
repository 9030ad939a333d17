import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AppConfig,
  APP_CONFIG,
  AppError,
  type AuthenticatedUser,
} from '@lumen/api/core';
import { Address, Company, Role, User } from '@lumen/api/companies';
import { mailTo, OutboxService } from '@lumen/api/mail';
import type { LinkPurpose, TokenPair } from '@lumen/shared/contracts';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { ChangePasswordDto, LoginDto } from './dto/credentials.dto';
import type { RegisterCompanyDto } from './dto/register-company.dto';
import { LoginThrottleService } from './login-throttle.service';
import { newOpaqueToken, parseOpaqueToken, sha256 } from './opaque-token';
import { PasswordHasher } from './password-hasher';
import { passwordResetTexts } from './password-reset-mail';
import {
  type ClientInfo,
  refreshFailure,
  SessionService,
} from './session.service';

const RESET_TTL_MS = 60 * 60 * 1000;
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;


@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * A `business` company is active at once; a `non_vat_registered` one waits for a shop
   * admin's verification. Either way the first user is its company admin and is logged in.
   */
  async register(
    dto: RegisterCompanyDto,
    client: ClientInfo,
  ): Promise<TokenPair> {
    const passwordHash = await this.hasher.hash(dto.user.password);
    return this.dataSource.transaction(async (manager) => {
      await this.assertEmailFree(manager, dto.user.email);
      const taken = await manager.exists(Company, {
        where: { organisationNumber: dto.company.organisationNumber },
      });
      if (taken) {
        throw new AppError(
          409,
          'organisation_number_taken',
          'A company with this organisation number is already registered',
          [
            {
              field: 'company.organisationNumber',
              code: 'taken',
              message: 'already registered',
            },
          ],
        );
      }
      const company = await manager.save(
        manager.create(Company, {
          name: dto.company.name,
          organisationNumber: dto.company.organisationNumber,
          customerType: dto.company.customerType,
          status:
            dto.company.customerType === 'business'
              ? 'active'
              : 'pending_verification',
          tier: 'silver',
          contactEmail: dto.user.email,
          phone: dto.company.phone,
        }),
      );
      await manager.insert(Address, {
        ...dto.company.billingAddress,
        companyId: company.id,
        kind: 'billing',
        isDefault: false,
      });
      const adminRole = await manager.findOneByOrFail(Role, {
        builtInKey: 'admin',
        companyId: IsNull(),
      });
      const user = await manager.save(
        manager.create(User, {
          companyId: company.id,
          email: dto.user.email,
          name: dto.user.name,
          passwordHash,
          roles: [adminRole],
        }),
      );
      return this.sessions.start(manager, user.id, client);
    });
  }

  async login(dto: LoginDto, client: ClientInfo): Promise<TokenPair> {
    await this.throttle.countAttempt(this.dataSource.manager, dto.email, client.ip);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoin(Company, 'c', 'c.id = u.companyId')
      .where('lower(u.email) = :email', { email: dto.email })
      .andWhere('u.erasedAt IS NULL')
      .andWhere("(c.id IS NULL OR c.status <> 'deleted')")
      .getOne();
    // Unknown e-mail and wrong password cost the same argon2 verification and answer the same.
    const ok = await this.hasher.verify(
      user?.passwordHash ?? null,
      dto.password,
    );
    if (!user || !ok) {
      throw AppError.unauthorized(
        'invalid_credentials',
        'The e-mail or the password is wrong',
      );
    }
    // Said only to whoever knows the password: a deactivated employee learns why, and whom to
    // ask, instead of retyping a password that is right; a guesser learns nothing new.
    if (!user.active) {
      throw new AppError(403, 'account_deactivated', 'Your account is deactivated. Ask your company admin to activate it again.');
    }
    return this.dataSource.transaction(async (manager) => {
      await this.throttle.recordSuccess(manager, dto.email, client.ip);
      return this.sessions.start(manager, user.id, client);
    });
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction((manager) =>
      this.sessions.refresh(manager, refreshToken),
    );
    if (outcome.kind !== 'rotated') throw refreshFailure(outcome);
    return outcome.tokens;
  }

  async logout(user: AuthenticatedUser): Promise<void> {
    await this.sessions.revoke(
      this.dataSource.manager,
      user.sessionId,
      'logout',
    );
  }

  /** Keeps the session that asked; every other session of the user ends. */
  async changePassword(
    user: AuthenticatedUser,
    dto: ChangePasswordDto,
  ): Promise<void> {
    const stored = await this.passwordHashOf(user.userId);
    if (!(await this.hasher.verify(stored, dto.currentPassword))) {
      throw AppError.invalidField(
        'currentPassword',
        'wrong_password',
        'The current password is wrong',
      );
    }
    const passwordHash = await this.hasher.hash(dto.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.userId }, { passwordHash });
      await this.sessions.revokeAllOf(
        manager,
        user.userId,
        'password_changed',
        user.sessionId,
      );
    });
  }

  /** Answers the same whether or not the e-mail is known; only a known, active user gets mail. */
  async forgotPassword(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(User)
        .createQueryBuilder('u')
        .where('lower(u.email) = :email AND u.active AND u.erasedAt IS NULL', {
          email,
        })
        .getOne();
      if (!user) return;
      const token = await this.issueUserToken(
        manager,
        user.id,
        'password_reset',
        RESET_TTL_MS,
      );
      const link = `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
      await this.outbox.enqueue(
        manager,
        mailTo({ email: user.email, language: user.language }, 'password_reset', passwordResetTexts(user.name, link)),
      );
    });
  }

  /** A reset link works once and ends every session (whoever had the old password is out). */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.spendUserToken(
        manager,
        token,
        'password_reset',
      );
      await manager.update(User, { id: userId }, { passwordHash });
      await this.sessions.revokeAllOf(manager, userId, 'password_reset');
    });
  }

  /** An invited employee sets a password and is logged in. */
  async acceptInvitation(
    token: string,
    password: string,
    client: ClientInfo,
  ): Promise<TokenPair> {
    const passwordHash = await this.hasher.hash(password);
    return this.dataSource.transaction(async (manager) => {
      const userId = await this.spendUserToken(manager, token, 'invitation');
      await manager.update(User, { id: userId }, { passwordHash });
      return this.sessions.start(manager, userId, client);
    });
  }

  /** Creates a single-use token for a user; returns the token to put in a link. */
  async issueUserToken(
    manager: EntityManager,
    userId: string,
    purpose: LinkPurpose,
    ttlMs: number,
  ): Promise<string> {
    const token = newOpaqueToken();
    await manager.query(
      `INSERT INTO user_tokens (id, user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [token.id, userId, purpose, token.hash, new Date(Date.now() + ttlMs)],
    );
    return token.token;
  }

  /** Whether an e-mailed link would still work, by the same conditions as spending it; spends nothing. */
  async checkUserToken(token: string, purpose: LinkPurpose): Promise<void> {
    const parsed = parseOpaqueToken(token);
    const [usable]: { ok: true }[] = parsed
      ? await this.dataSource.query(
          `SELECT true AS ok FROM user_tokens t JOIN users u ON u.id = t.user_id
           WHERE t.id = $1 AND t.token_hash = $2 AND t.purpose = $3 AND t.used_at IS NULL AND t.expires_at > now()
             AND u.active AND u.erased_at IS NULL`,
          [parsed.id, sha256(parsed.secret), purpose],
        )
      : [];
    if (!usable) throw invalidLink();
  }

  /** Spends every unused link of this purpose the user was sent: a new one replaces them. */
  async retireUserTokens(manager: EntityManager, userId: string, purpose: LinkPurpose): Promise<void> {
    await manager.query(`UPDATE user_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [
      userId,
      purpose,
    ]);
  }

  /** Marks the token used (conditionally, so two concurrent uses cannot both win). */
  private async spendUserToken(
    manager: EntityManager,
    token: string,
    purpose: LinkPurpose,
  ): Promise<string> {
    const invalid = invalidLink();
    const parsed = parseOpaqueToken(token);
    if (!parsed) throw invalid;
    // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
    const [rows]: [{ user_id: string }[], number] = await manager.query(
      `UPDATE user_tokens t SET used_at = now()
       FROM users u
       WHERE t.id = $1 AND t.token_hash = $2 AND t.purpose = $3 AND t.used_at IS NULL AND t.expires_at > now()
         AND u.id = t.user_id AND u.active AND u.erased_at IS NULL
       RETURNING t.user_id`,
      [parsed.id, sha256(parsed.secret), purpose],
    );
    if (!rows[0]) throw invalid;
    return rows[0].user_id;
  }

  private async assertEmailFree(
    manager: EntityManager,
    email: string,
  ): Promise<void> {
    const taken = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email })
      .getExists();
    if (taken) {
      throw new AppError(
        409,
        'email_taken',
        'An account with this e-mail already exists',
        [{ field: 'user.email', code: 'taken', message: 'already registered' }],
      );
    }
  }

  private async passwordHashOf(userId: string): Promise<string | null> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :userId', { userId })
      .getOne();
    return user?.passwordHash ?? null;
  }
}

const invalidLink = () => AppError.badRequest('invalid_token', 'This link is invalid, used or expired; ask for a new one');
