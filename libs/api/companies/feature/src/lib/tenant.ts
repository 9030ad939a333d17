import { AppError } from '@lumen/api/core';
import type { EntityManager } from 'typeorm';

/**
 * Serialises every change to a company's accounts (admins, addresses, roles, erasure) behind
 * its row lock, so rules that count rows ("the last active admin", "one default address")
 * hold under concurrent requests. Answers 404 when the company does not exist.
 */
export async function lockCompany(manager: EntityManager, companyId: string): Promise<{ id: string; status: string }> {
  const rows: { id: string; status: string }[] = await manager.query(
    `SELECT id, status FROM companies WHERE id = $1 FOR UPDATE`,
    [companyId],
  );
  if (!rows[0]) throw AppError.notFound('Company');
  return rows[0];
}

/** PostgreSQL's unique_violation, optionally of one named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError;
  return driverError?.code === '23505' && (!constraint || driverError.constraint === constraint);
}
