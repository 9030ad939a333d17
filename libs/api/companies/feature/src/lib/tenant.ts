import { AppError, type AuthenticatedUser } from '@lumen/api/core';
import type { EntityManager } from 'typeorm';

/**
 * The company a customer acts for. Staff pass the `read all` policies but act for the shop,
 * never as a customer, so the customer routes refuse them instead of guessing a company.
 */
export function ownCompanyId(user: AuthenticatedUser): string {
  if (!user.companyId)
    throw AppError.forbidden('Staff act for the shop, not for a company');
  return user.companyId;
}

/**
 * Serialises every change to a company's accounts (admins, addresses, roles, erasure) behind
 * its row lock, so rules that count rows ("the last active admin", "one default address")
 * hold under concurrent requests. Answers 404 when the company does not exist.
 */
export async function lockCompany(
  manager: EntityManager,
  companyId: string,
): Promise<{ id: string; status: string }> {
  const rows: { id: string; status: string }[] = await manager.query(
    `SELECT id, status FROM companies WHERE id = $1 FOR UPDATE`,
    [companyId],
  );
  if (!rows[0]) throw AppError.notFound('Company');
  return rows[0];
}

/** PostgreSQL's unique_violation, optionally of one named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })
    ?.driverError;
  return (
    driverError?.code === '23505' &&
    (!constraint || driverError.constraint === constraint)
  );
}
