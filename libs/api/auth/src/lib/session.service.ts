import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type AppConfig, APP_CONFIG, AppError } from '@lumen/api/core';
import type { TokenPair } from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';
import {
  newOpaqueToken,
  parseOpaqueToken,
  secretMatches,
} from './opaque-token';

export interface AccessTokenClaims {
  sub: string;
  /** The session (refresh-token family) the access token belongs to. */
  sid: string;
}

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

interface RefreshRow {
  token_hash: string;
  expires_at: Date;
  used_at: Date | null;
  session_id: string;
  user_id: string;
  revoked_at: Date | null;
}

/** What a refresh attempt found; `reused` is reported after the revocation is committed. */
export type RefreshOutcome =
  | { kind: 'rotated'; tokens: TokenPair }
  | { kind: 'reused' }
  | { kind: 'invalid' };

/**
 * Sessions are families of refresh tokens. Each refresh spends its token and issues the
 * next one; presenting a spent token again means it was stolen (or replayed), so the whole
 * session is revoked (OAuth 2.0 Security BCP, refresh token rotation).
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(
    manager: EntityManager,
    userId: string,
    client: ClientInfo,
  ): Promise<TokenPair> {
    const [{ id }] = await manager.query(
      `INSERT INTO auth_sessions (user_id, ip, user_agent) VALUES ($1, $2, $3) RETURNING id`,
      [userId, client.ip, client.userAgent?.slice(0, 300) ?? null],
    );
    return this.issue(manager, userId, id);
  }

  async refresh(
    manager: EntityManager,
    refreshToken: string,
  ): Promise<RefreshOutcome> {
    const parsed = parseOpaqueToken(refreshToken);
    if (!parsed) return { kind: 'invalid' };
    const rows: RefreshRow[] = await manager.query(
      `SELECT t.token_hash, t.expires_at, t.used_at, s.id AS session_id, s.user_id, s.revoked_at
       FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id
       JOIN users u ON u.id = s.user_id AND u.active AND u.erased_at IS NULL
       WHERE t.id = $1 FOR UPDATE OF t, s`,
      [parsed.id],
    );
    const row = rows[0];
    if (!row || !secretMatches(parsed.secret, row.token_hash) || row.revoked_at)
      return { kind: 'invalid' };
    if (row.used_at) {
      await this.revoke(manager, row.session_id, 'refresh_token_reuse');
      return { kind: 'reused' };
    }
    if (row.expires_at.getTime() <= Date.now()) return { kind: 'invalid' };
    await manager.query(
      `UPDATE refresh_tokens SET used_at = now() WHERE id = $1`,
      [parsed.id],
    );
    return {
      kind: 'rotated',
      tokens: await this.issue(manager, row.user_id, row.session_id),
    };
  }

  async revoke(
    manager: EntityManager,
    sessionId: string,
    reason: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE auth_sessions SET revoked_at = now(), revoke_reason = $2, updated_at = now()
       WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId, reason],
    );
  }

  /** Revokes every session of the user except `keepSessionId` (null: all of them). */
  async revokeAllOf(
    manager: EntityManager,
    userId: string,
    reason: string,
    keepSessionId: string | null = null,
  ): Promise<void> {
    await manager.query(
      `UPDATE auth_sessions SET revoked_at = now(), revoke_reason = $2, updated_at = now()
       WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [userId, reason, keepSessionId],
    );
  }

  private async issue(
    manager: EntityManager,
    userId: string,
    sessionId: string,
  ): Promise<TokenPair> {
    const refresh = newOpaqueToken();
    const expiresAt = new Date(
      Date.now() + this.config.jwt.refreshTtlDays * 86_400_000,
    );
    await manager.query(
      `INSERT INTO refresh_tokens (id, session_id, token_hash, expires_at) VALUES ($1, $2, $3, $4)`,
      [refresh.id, sessionId, refresh.hash, expiresAt],
    );
    const claims: AccessTokenClaims = { sub: userId, sid: sessionId };
    const accessToken = await this.jwt.signAsync(claims);
    return {
      accessToken,
      expiresIn: this.config.jwt.accessTtlSeconds,
      refreshToken: refresh.token,
    };
  }
}

export function refreshFailure(
  outcome: Exclude<RefreshOutcome, { kind: 'rotated' }>,
): AppError {
  return outcome.kind === 'reused'
    ? AppError.unauthorized(
        'refresh_token_reused',
        'This session was ended for your safety; log in again',
      )
    : AppError.unauthorized(
        'invalid_refresh_token',
        'Your session has expired; log in again',
      );
}
