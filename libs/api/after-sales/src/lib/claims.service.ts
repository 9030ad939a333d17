import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '@lumen/api/audit';
import { AppError, type CompanyScope, type Scope, scopeSql } from '@lumen/api/core';
import { AttachmentService, CaseLinker, type UploadedAttachment } from '@lumen/api/service-desk';
import type {
  ClaimDecision,
  ClaimDetail,
  ClaimKind,
  ClaimStatus,
  CreateClaimRequest,
  DecideClaimRequest,
} from '@lumen/shared/contracts';
import { damageWindow, warrantyWindow, type WindowCheck } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';
import { AfterSalesCredits } from './after-sales-credits';
import { AfterSalesMail, type ClaimMailFacts } from './after-sales-mail';
import { formatAfterSalesNumber, takeAfterSalesNumber } from './after-sales-numbers';
import { AfterSalesOrdersQuery } from './after-sales-orders.query';
import { ClaimsQuery } from './claims.query';
import type { AfterSalesMoveOptions } from './returns.service';
import { claimCaseText, languageOf } from './case-texts';

/** Photos of a claim are pictures: JPEG or PNG, checked by content. */
const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;

/** What a decision leaves the claim as. */
const DECIDED: Record<ClaimDecision, ClaimStatus> = {
  replacement: 'replacement_sent',
  repair: 'repair',
  credit: 'credited',
  refuse: 'refused',
};

/** A damage report is answered with goods or money, never a repair or a refusal (PRODUCT.md §14). */
const DAMAGE_DECISIONS: readonly ClaimDecision[] = ['replacement', 'credit'];

const WINDOWS: Record<
  ClaimKind,
  {
    check: (deliveredAt: Date, now: Date) => WindowCheck;
    code: 'warranty_window_closed' | 'damage_window_closed';
    what: string;
  }
> = {
  warranty: { check: warrantyWindow, code: 'warranty_window_closed', what: 'The 12-month warranty' },
  damage: { check: damageWindow, code: 'damage_window_closed', what: 'The 48-hour window for transport damage' },
};

interface LockedClaim {
  id: string;
  kind: ClaimKind;
  number: string;
  status: ClaimStatus;
  order_id: string;
  order_number: string;
  order_line_id: string;
  company_id: string;
  quantity: number;
  sku: string;
  name: string;
  created_by_user_id: string;
}

/**
 * Warranty claims (12 months from the line's delivery) and damage reports (48 hours), with
 * photos stored by the service desk's AttachmentService; each opens or joins the order's case.
 * Staff decide: a replacement goes out as a shipment flagged for the claim, with no invoice
 * (nothing is charged, so there is nothing to invoice — a zero invoice would be a document with no
 * purpose, numbered in the gap-free series) and no shipment lines (the order line's shipped and
 * delivered counts stay those of the goods sold, so the order's status and invoices are untouched);
 * a repair is recorded; a credit is a credit note against the line's invoice(s) and a refund; a
 * refusal needs a reason.
 */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly attachments: AttachmentService,
    private readonly orders: AfterSalesOrdersQuery,
    private readonly query: ClaimsQuery,
    private readonly credits: AfterSalesCredits,
    private readonly cases: CaseLinker,
    private readonly audit: AuditService,
    private readonly mail: AfterSalesMail,
  ) {}

  /** One transaction that also removes the photos' bytes if it rolls back. */
  file(
    scope: CompanyScope,
    kind: ClaimKind,
    request: CreateClaimRequest,
    photos: readonly UploadedAttachment[],
  ): Promise<ClaimDetail> {
    return this.attachments.transaction(async (manager) => {
      const id = await this.fileWith(manager, scope, kind, request, photos);
      return this.query.detail(manager, scope, id);
    });
  }

  decide(scope: Scope, id: string, request: DecideClaimRequest): Promise<ClaimDetail> {
    return this.attachments.transaction(async (manager) => {
      await this.decideWith(manager, scope, id, request);
      return this.query.detail(manager, scope, id);
    });
  }

  /** A claim in the caller's transaction; answers its id. */
  async fileWith(
    manager: EntityManager,
    scope: CompanyScope,
    kind: ClaimKind,
    request: CreateClaimRequest,
    photos: readonly UploadedAttachment[],
    options: AfterSalesMoveOptions = {},
  ): Promise<string> {
    const now = options.at ?? new Date();
    const order = await this.orders.lock(manager, scope, request.orderId);
    const line = (await this.orders.lines(manager, order.id)).find((l) => l.id === request.orderLineId);
    if (!line)
      throw new AppError(422, 'unknown_order_line', `That is not a line of order ${order.number}`, [
        { field: 'orderLineId', code: 'unknown_order_line', message: `Not a line of order ${order.number}` },
      ]);
    if (line.deliveredQuantity === 0 || !line.deliveredAt)
      throw new AppError(
        422,
        'order_not_delivered',
        `Line ${line.position} (${line.sku}) of order ${order.number} has not been delivered yet`,
      );
    const window = WINDOWS[kind].check(line.deliveredAt, now);
    if (!window.open)
      throw new AppError(422, WINDOWS[kind].code, `${WINDOWS[kind].what} of ${line.sku} closed on ${window.closedOn}`, {
        closedOn: window.closedOn,
      });
    if (request.quantity > line.deliveredQuantity)
      throw AppError.invalidField(
        'quantity',
        'exceeds_delivered',
        `${line.deliveredQuantity} of ${line.sku} were delivered; a claim of ${request.quantity} is too many`,
      );
    if (kind === 'damage' && photos.length === 0)
      throw AppError.invalidField(
        'photos',
        'photos_required',
        'A damage report needs at least one photo of the damage',
      );
    const stored = await this.attachments.store(manager, { companyId: order.companyId, userId: scope.userId }, photos, {
      field: 'photos',
      allowed: PHOTO_TYPES,
    });
    const id = randomUUID();
    const number = await takeAfterSalesNumber(manager, kind);
    const shown = formatAfterSalesNumber(kind, number);
    const caseId = await this.cases.openOrJoin(manager, {
      companyId: order.companyId,
      userId: scope.userId,
      category: kind,
      orderId: order.id,
      orderLineId: line.id,
      ...claimCaseText(await languageOf(manager, scope.userId), {
        kind,
        number: shown,
        orderNumber: order.number,
        line: { sku: line.sku, name: line.name, quantity: request.quantity },
        description: request.description,
      }),
      link: { kind, id, number: shown },
    });
    await manager.query(
      `INSERT INTO claims (id, created_at, updated_at, kind, number, order_id, order_line_id, company_id, quantity,
         description, status, created_by_user_id, case_id)
       VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10, $11)`,
      [
        id,
        now,
        kind,
        number,
        order.id,
        line.id,
        order.companyId,
        request.quantity,
        request.description,
        scope.userId,
        caseId,
      ],
    );
    if (stored.length > 0)
      await manager.query(
        `INSERT INTO claim_photos (claim_id, position, attachment_id, file_name, content_type, size_bytes)
         SELECT $1, t.ord, t.id, t.file_name, t.content_type, t.size_bytes
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[]) WITH ORDINALITY AS t(id, file_name, content_type, size_bytes, ord)`,
        [
          id,
          stored.map((p) => p.id),
          stored.map((p) => p.fileName),
          stored.map((p) => p.contentType),
          stored.map((p) => p.sizeBytes),
        ],
      );
    await this.audit.record(manager, {
      actorUserId: scope.userId,
      companyId: order.companyId,
      action: `${kind}_claim.filed`,
      entityType: 'claim',
      entityId: id,
      after: {
        number: shown,
        orderId: order.id,
        orderLineId: line.id,
        quantity: request.quantity,
        photos: stored.length,
      },
    });
    if (!options.quiet)
      await this.mail.claimFiled(manager, scope.userId, {
        claimId: id,
        kind,
        number: shown,
        orderNumber: order.number,
        sku: line.sku,
        name: line.name,
        quantity: request.quantity,
      });
    return id;
  }

  async decideWith(
    manager: EntityManager,
    scope: Scope,
    id: string,
    request: DecideClaimRequest,
    options: AfterSalesMoveOptions = {},
  ): Promise<void> {
    const { claim, order } = await this.lock(manager, scope, id);
    const shown = formatAfterSalesNumber(claim.kind, claim.number);
    if (claim.status !== 'open')
      throw AppError.conflict(
        'after_sales_transition_not_allowed',
        `${shown} is ${claim.status.replace('_', ' ')}: it is decided`,
      );
    if (claim.kind === 'damage' && !DAMAGE_DECISIONS.includes(request.decision))
      throw AppError.invalidField(
        'decision',
        'decision_not_allowed',
        'A damage report is answered with a replacement or a credit',
      );
    const reason = request.reason?.trim() || null;
    if (request.decision === 'refuse' && !reason)
      throw new AppError(422, 'reason_required', `Say why ${shown} is refused`, [
        { field: 'reason', code: 'reason_required', message: 'A refusal needs a reason' },
      ]);
    const at = options.at ?? new Date();
    let creditNoteNumber: number | null = null;
    if (request.decision === 'replacement') {
      if (!request.carrier || !request.trackingNumber)
        throw AppError.invalidField(
          request.carrier ? 'trackingNumber' : 'carrier',
          'replacement_needs_shipment',
          'A replacement goes out with a carrier and a tracking number',
        );
      await manager.query(
        `INSERT INTO shipments (order_id, number, carrier, tracking_number, shipped_at, shipped_by_user_id, replacement_for_claim_id)
         SELECT $1, COALESCE(max(number), 0) + 1, $2, $3, $4, $5, $6 FROM shipments WHERE order_id = $1`,
        [claim.order_id, request.carrier, request.trackingNumber, at, scope.userId, claim.id],
      );
    }
    if (request.decision === 'credit') {
      const [credit] = await this.credits.credit(
        manager,
        {
          orderId: claim.order_id,
          companyId: claim.company_id,
          paymentMethod: order.paymentMethod,
          units: [{ orderLineId: claim.order_line_id, quantity: claim.quantity }],
          note: shown,
          source: { claimId: claim.id },
        },
        at,
      );
      creditNoteNumber = credit.number;
    }
    await manager.query(
      `UPDATE claims SET status = $2, decision = $3, decision_reason = $4, decided_at = $5, decided_by_user_id = $6,
         updated_at = now()
       WHERE id = $1`,
      [claim.id, DECIDED[request.decision], request.decision, reason, at, scope.userId],
    );
    await this.audit.record(manager, {
      actorUserId: scope.userId,
      companyId: claim.company_id,
      action: `${claim.kind}_claim.decided`,
      entityType: 'claim',
      entityId: claim.id,
      before: { status: 'open' },
      after: { status: DECIDED[request.decision], decision: request.decision, creditNote: creditNoteNumber },
      reason,
    });
    if (!options.quiet)
      await this.mail.claimDecided(manager, claim.created_by_user_id, {
        ...mailFacts(claim, shown),
        decision: request.decision,
        reason,
        creditNoteNumber,
      });
  }

  /** The claim and its order, the order locked first (as every move on the order does). */
  private async lock(manager: EntityManager, scope: Scope, id: string) {
    const params: unknown[] = [id];
    const [found]: { order_id: string }[] = await manager.query(
      `SELECT order_id FROM claims k WHERE k.id = $1 AND ${scopeSql(scope, 'k.company_id', params)}`,
      params,
    );
    if (!found) throw AppError.notFound('Claim');
    const order = await this.orders.lock(manager, scope, found.order_id);
    const [claim]: LockedClaim[] = await manager.query(
      `SELECT k.id, k.kind, k.number, k.status, k.order_id, o.number AS order_number, k.order_line_id, k.company_id,
              k.quantity, l.sku, l.name, k.created_by_user_id
       FROM claims k JOIN orders o ON o.id = k.order_id JOIN order_lines l ON l.id = k.order_line_id
       WHERE k.id = $1 FOR UPDATE OF k`,
      [id],
    );
    return { claim, order };
  }
}

function mailFacts(claim: LockedClaim, shown: string): ClaimMailFacts {
  return {
    claimId: claim.id,
    kind: claim.kind,
    number: shown,
    orderNumber: Number(claim.order_number),
    sku: claim.sku,
    name: claim.name,
    quantity: claim.quantity,
  };
}
