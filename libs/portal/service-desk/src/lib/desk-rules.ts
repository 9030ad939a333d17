import {
  CLAIM_DECISIONS,
  type CaseDetail,
  type ClaimDecision,
  type ClaimKind,
  type DecideClaimRequest,
  type ReturnStatus,
} from '@lumen/shared/contracts';

/** What the consultant may do with a case now; the API refuses the rest. */
export interface CaseActions {
  claim: boolean;
  reply: boolean;
  resolve: boolean;
  /** A resolved case is closed for good (a customer's message no longer reopens it). */
  close: boolean;
  /**
   * Classification and time entries: technical support only, until it is closed or billed. The
   * desk bills a case once: the API would bill later time again, but the case shows no count of
   * units already billed, so the desk could not say how many a second bill holds.
   */
  service: boolean;
  bill: boolean;
}

export function caseActions(detail: CaseDetail, myId: string | null): CaseActions {
  const working = detail.status === 'open' || detail.status === 'waiting_for_customer';
  const service = detail.service;
  const technical = detail.category === 'technical_support' && service !== undefined;
  return {
    claim: working && detail.assignee?.id !== myId,
    reply: working,
    resolve: working,
    close: detail.status === 'resolved',
    service: technical && detail.status !== 'closed' && !service?.invoice,
    bill:
      technical &&
      !service?.invoice &&
      service?.classification != null &&
      service.classification !== 'covered' &&
      service.billableUnits > 0,
  };
}

/** A return is received when it arrives, then inspected line by line; after that it is history. */
export function returnStep(status: ReturnStatus): 'receive' | 'inspect' | null {
  if (status === 'requested') return 'receive';
  if (status === 'received') return 'inspect';
  return null;
}

/** Transport damage is put right by a new item or money back; a warranty claim may also be repaired or refused. */
export function claimDecisions(kind: ClaimKind): readonly ClaimDecision[] {
  return kind === 'damage' ? ['replacement', 'credit'] : CLAIM_DECISIONS;
}

/**
 * What a decision needs before it can be sent: a replacement its carrier and tracking number,
 * a refusal its reason.
 */
export function decisionRequest(
  decision: ClaimDecision | null,
  reason: string,
  carrier: string,
  trackingNumber: string,
): DecideClaimRequest | null {
  if (!decision) return null;
  if (decision === 'replacement') {
    return carrier && trackingNumber.trim() ? { decision, carrier, trackingNumber: trackingNumber.trim() } : null;
  }
  if (decision === 'refuse') return reason.trim() ? { decision, reason: reason.trim() } : null;
  return reason.trim() ? { decision, reason: reason.trim() } : { decision };
}

/** The pager's page count for a list answer; one page while empty. */
export function pageCount(page: { total: number; pageSize: number } | null): number {
  return page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
}
