/**
 * Who may approve, as one SQL condition on a user row `u`, for a rule or a step given by its
 * columns: a holder of its role, one of its named users, or — for a budget's step — anyone whose
 * roles carry `purchasing.manage`. Used for the names the portal shows, the e-mails to approvers
 * and the check of a decision, so all three always agree. The orderer is left out by the caller.
 */
export function approverSql(u: string, columns: { role: string; users: string; managers?: string }): string {
  const managers = columns.managers
    ? ` OR (${columns.managers} AND EXISTS (SELECT 1 FROM user_roles mur JOIN roles mr ON mr.id = mur.role_id
          WHERE mur.user_id = ${u}.id AND 'purchasing.manage' = ANY (mr.permissions)))`
    : '';
  return `(${u}.id = ANY (${columns.users})
    OR EXISTS (SELECT 1 FROM user_roles aur WHERE aur.user_id = ${u}.id AND aur.role_id = ${columns.role})${managers})`;
}

/** A live user of the company `companyId` (SQL), as an approver must be. */
export const liveUserOf = (u: string, companyId: string) =>
  `${u}.company_id = ${companyId} AND ${u}.active AND ${u}.erased_at IS NULL`;
