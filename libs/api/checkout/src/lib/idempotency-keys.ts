import { Injectable } from '@nestjs/common';
import { AppError } from '@lumen/api/core';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** How long a key answers with its first response (PRODUCT.md §8: 24 h). */
const IDEMPOTENCY_KEY_TTL_HOURS = 24;
const KEY_FORMAT = /^[\x21-\x7e]{8,200}$/;

export type IdempotencyClaim = { kind: 'claimed' } | { kind: 'replay'; status: number; body: unknown };

/** A stable hash of a request body: the same fields give the same hash in any key order. */
export function requestHash(body: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.keys(value)
          .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
          .sort()
          .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
      );
    return value;
  };
  return createHash('sha256')
    .update(JSON.stringify(canonical(body)))
    .digest('hex');
}

export function checkIdempotencyKey(key: string | undefined): string {
  if (!key)
    throw new AppError(
      400,
      'idempotency_key_required',
      'Send an Idempotency-Key header with every order, so a retry cannot order twice',
    );
  if (!KEY_FORMAT.test(key))
    throw new AppError(400, 'idempotency_key_invalid', 'The Idempotency-Key must be 8 to 200 visible ASCII characters');
  return key;
}

/**
 * Idempotency keys per user. The first request inserts the key inside its checkout
 * transaction; a concurrent one with the same key blocks on that row until the first
 * commits, then reads its stored response — so fifty parallel retries make one order.
 * If the first fails, its transaction takes the key with it and a retry may try again.
 */
@Injectable()
export class IdempotencyKeys {
  async claim(manager: EntityManager, userId: string, key: string, hash: string): Promise<IdempotencyClaim> {
    const claimed: unknown[] = await manager.query(
      `INSERT INTO idempotency_keys (user_id, key, request_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4))
       ON CONFLICT (user_id, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, created_at = now(),
             expires_at = EXCLUDED.expires_at, order_id = NULL,
             response_status = NULL, response_body = NULL
         WHERE idempotency_keys.expires_at <= now()
       RETURNING key`,
      [userId, key, hash, IDEMPOTENCY_KEY_TTL_HOURS],
    );
    if (claimed.length > 0) return { kind: 'claimed' };
    const [existing]: { request_hash: string; response_status: number | null; response_body: unknown }[] =
      await manager.query(
        `SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
        [userId, key],
      );
    if (!existing || existing.response_status === null)
      throw AppError.conflict(
        'idempotency_key_in_use',
        'An order with this Idempotency-Key is still being placed; retry in a moment',
      );
    if (existing.request_hash !== hash)
      throw new AppError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different order; use a new key for a new order',
      );
    return { kind: 'replay', status: existing.response_status, body: existing.response_body };
  }

  async complete(
    manager: EntityManager,
    userId: string,
    key: string,
    orderId: string,
    status: number,
    body: unknown,
  ): Promise<void> {
    await manager.query(
      `UPDATE idempotency_keys SET order_id = $3, response_status = $4, response_body = $5
       WHERE user_id = $1 AND key = $2`,
      [userId, key, orderId, status, JSON.stringify(body)],
    );
  }

  /**
   * Forgets keys past the TTL. Checkout runs it in every order's transaction — one DELETE on the
   * expiry index — so the table holds about a day of keys.
   */
  async purgeExpired(manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM idempotency_keys WHERE expires_at <= now()`);
  }
}
