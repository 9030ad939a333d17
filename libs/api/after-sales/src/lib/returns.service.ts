import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import {
  APP_CONFIG,
  type AppConfig,
  AppError,
  type CompanyScope,
  type DownloadFile,
  type Scope,
  scopeSql,
} from '@lumen/api/core';
import { type DocumentLanguage, renderReturnLabelPdf } from '@lumen/api/documents';
import { CaseLinker } from '@lumen/api/service-desk';
import type {
  ApiErrorDetail,
  CreateReturnRequest,
  ErrorCode,
  InspectReturnRequest,
  OrderAddress,
  ReturnDetail,
  ReturnStatus,
} from '@lumen/shared/contracts';
import { osloDateTime, returnWindow } from '@lumen/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AfterSalesCredits } from './after-sales-credits';
import { AfterSalesMail, type ReturnMailFacts } from './after-sales-mail';
import { formatAfterSalesNumber, takeAfterSalesNumber } from './after-sales-numbers';
import {
  type AfterSalesLine,
  type AfterSalesOrder,
  AfterSalesOrdersQuery,
  returnableQuantity,
} from './after-sales-orders.query';
import { ReturnsQuery } from './returns.query';
import { languageOf, returnCaseText } from './case-texts';

/** When a move happened (default: now) and whether it writes its e-mails — for the demo data's past. */
export interface AfterSalesMoveOptions {
  at?: Date;
  quiet?: boolean;
}

interface LockedReturn {
  id: string;
  rma_number: string;
  order_id: string;
  company_id: string;
  status: ReturnStatus;
  created_by_user_id: string;
  lines: { orderLineId: string; quantity: number; sku: string; name: string }[];
}

/**
 * Returns (PRODUCT.md §14): within 50 days of the delivery of the whole order, lines and
 * quantities up to what was delivered less what is already in a return; an RMA number from its
 * own series and a label; staff receive, then inspect line by line. Accepted goods are credited at
 * once against the invoices that charged them and refunded to the order's payment method; refused
 * goods give their units back to the line (they go back to the customer and may be returned again
 * within the window). Every write holds the order lock; `order_lines.returned_quantity` is capped
 * by a CHECK at the shipped quantity, so not even a race can return the same unit twice.
 */
@Injectable()
export class ReturnsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly orders: AfterSalesOrdersQuery,
    private readonly query: ReturnsQuery,
    private readonly credits: AfterSalesCredits,
    private readonly audit: AuditService,
    private readonly mail: AfterSalesMail,
    private readonly cases: CaseLinker,
  ) {}

  create(scope: CompanyScope, orderId: string, request: CreateReturnRequest): Promise<ReturnDetail> {
    return this.dataSource.transaction(async (manager) => {
      const id = await this.createWith(manager, scope, orderId, request);
      return this.query.detail(manager, scope, id);
    });
  }

  receive(scope: Scope, id: string): Promise<ReturnDetail> {
    return this.dataSource.transaction(async (manager) => {
      await this.receiveWith(manager, scope, id);
      return this.query.detail(manager, scope, id);
    });
  }

  inspect(scope: Scope, id: string, request: InspectReturnRequest): Promise<ReturnDetail> {
    return this.dataSource.transaction(async (manager) => {
      await this.inspectWith(manager, scope, id, request);
      return this.query.detail(manager, scope, id);
    });
  }

  /** The label to print and fix to the parcel, in the reader's language. */
  async label(scope: Scope, id: string, language: DocumentLanguage): Promise<DownloadFile> {
    const manager = this.dataSource.manager;
    const detail = await this.query.detail(manager, scope, id);
    const [order]: { company_name: string; delivery_address: OrderAddress }[] = await manager.query(
      `SELECT c.name AS company_name, o.delivery_address FROM orders o JOIN companies c ON c.id = o.company_id
       WHERE o.id = $1`,
      [detail.order.id],
    );
    const content = await renderReturnLabelPdf({
      language,
      seller: this.config.seller,
      sender: { name: order.company_name, address: order.delivery_address },
      rmaNumber: detail.rmaNumber,
      orderNumber: detail.order.number,
      createdOn: osloDateTime(new Date(detail.createdAt)).date,
      lines: detail.lines.map((line) => ({ sku: line.sku, name: line.name, quantity: line.quantity })),
    });
    return { filename: `${detail.rmaNumber}.pdf`, contentType: 'application/pdf', content };
  }

  /** The language of the caller's documents. */
  async languageOf(scope: Scope): Promise<DocumentLanguage> {
    const [user]: { language: DocumentLanguage }[] = await this.dataSource.query(
      `SELECT language FROM users WHERE id = $1`,
      [scope.userId],
    );
    return user?.language ?? 'nb';
  }

  /** A return in the caller's transaction; answers its id. */
  async createWith(
    manager: EntityManager,
    scope: CompanyScope,
    orderId: string,
    request: CreateReturnRequest,
    options: AfterSalesMoveOptions = {},
  ): Promise<string> {
    const now = options.at ?? new Date();
    const order = await this.orders.lock(manager, scope, orderId);
    if (order.status !== 'delivered' || !order.deliveredAt)
      throw new AppError(
        422,
        'order_not_delivered',
        `Order ${order.number} is not delivered in full: a return can be made once every shipment has arrived`,
      );
    const window = returnWindow(order.deliveredAt, now);
    if (!window.open)
      throw new AppError(
        422,
        'return_window_closed',
        `The 50-day return period of order ${order.number} closed on ${window.closedOn}`,
        { closedOn: window.closedOn },
      );
    const lines = checkReturnLines(order, await this.orders.lines(manager, order.id), request);
    await manager.query(
      `UPDATE order_lines l SET returned_quantity = l.returned_quantity + t.quantity, updated_at = now()
       FROM unnest($1::uuid[], $2::int[]) AS t(id, quantity) WHERE l.id = t.id`,
      [lines.map((l) => l.line.id), lines.map((l) => l.quantity)],
    );
    const id = randomUUID();
    const rma = await takeAfterSalesNumber(manager, 'rma');
    const rmaNumber = formatAfterSalesNumber('rma', rma);
    const caseId = await this.cases.openOrJoin(manager, {
      companyId: order.companyId,
      userId: scope.userId,
      category: 'return',
      orderId: order.id,
      ...returnCaseText(await languageOf(manager, scope.userId), {
        rmaNumber,
        orderNumber: order.number,
        lines: lines.map(({ line, quantity }) => ({ sku: line.sku, name: line.name, quantity })),
        reason: request.reason ?? null,
      }),
      link: { kind: 'return', id, number: rmaNumber },
    });
    await manager.query(
      `INSERT INTO returns (id, created_at, updated_at, rma_number, order_id, company_id, status, reason,
         created_by_user_id, case_id)
       VALUES ($1, $2, $2, $3, $4, $5, 'requested', $6, $7, $8)`,
      [id, now, rma, order.id, order.companyId, request.reason ?? null, scope.userId, caseId],
    );
    await manager.query(
      `INSERT INTO return_lines (return_id, order_line_id, quantity, unit_price_ore)
       SELECT $1, t.id, t.quantity, t.unit_price FROM unnest($2::uuid[], $3::int[], $4::bigint[]) AS t(id, quantity, unit_price)`,
      [id, lines.map((l) => l.line.id), lines.map((l) => l.quantity), lines.map((l) => l.line.unitPriceOre)],
    );
    await this.audit.record(manager, {
      actorUserId: scope.userId,
      companyId: order.companyId,
      action: 'return.requested',
      entityType: 'return',
      entityId: id,
      after: {
        rmaNumber,
        orderId: order.id,
        lines: lines.map((l) => ({ orderLineId: l.line.id, quantity: l.quantity })),
      },
      reason: request.reason ?? null,
    });
    if (!options.quiet)
      await this.mail.returnRegistered(manager, scope.userId, {
        returnId: id,
        rmaNumber,
        orderNumber: order.number,
        lines: lines.map(({ line, quantity }) => ({ sku: line.sku, name: line.name, quantity })),
      });
    return id;
  }

  async receiveWith(
    manager: EntityManager,
    scope: Scope,
    id: string,
    options: AfterSalesMoveOptions = {},
  ): Promise<void> {
    const { ret, order } = await this.lock(manager, scope, id);
    if (ret.status !== 'requested') throw notAllowed(ret, 'received');
    await manager.query(
      `UPDATE returns SET status = 'received', received_at = $2, received_by_user_id = $3, updated_at = now() WHERE id = $1`,
      [id, options.at ?? new Date(), scope.userId],
    );
    await this.audit.record(manager, {
      actorUserId: scope.userId,
      companyId: ret.company_id,
      action: 'return.received',
      entityType: 'return',
      entityId: id,
      before: { status: 'requested' },
      after: { status: 'received' },
    });
    if (!options.quiet) await this.mail.returnReceived(manager, ret.created_by_user_id, mailFacts(ret, order));
  }

  async inspectWith(
    manager: EntityManager,
    scope: Scope,
    id: string,
    request: InspectReturnRequest,
    options: AfterSalesMoveOptions = {},
  ): Promise<void> {
    const { ret, order } = await this.lock(manager, scope, id);
    if (ret.status !== 'received') throw notAllowed(ret, 'inspected');
    const verdicts = checkVerdicts(ret, request);
    const refused = verdicts.filter((v) => v.verdict === 'refused');
    const accepted = verdicts.filter((v) => v.verdict === 'accepted');
    await manager.query(
      `UPDATE return_lines rl SET verdict = t.verdict, refusal_reason = t.reason
       FROM unnest($2::uuid[], $3::text[], $4::text[]) AS t(order_line_id, verdict, reason)
       WHERE rl.return_id = $1 AND rl.order_line_id = t.order_line_id`,
      [id, verdicts.map((v) => v.line.orderLineId), verdicts.map((v) => v.verdict), verdicts.map((v) => v.reason)],
    );
    // Refused goods go back to the customer: their units are no longer in a return.
    if (refused.length > 0)
      await manager.query(
        `UPDATE order_lines l SET returned_quantity = l.returned_quantity - t.quantity, updated_at = now()
         FROM unnest($1::uuid[], $2::int[]) AS t(id, quantity) WHERE l.id = t.id`,
        [refused.map((v) => v.line.orderLineId), refused.map((v) => v.line.quantity)],
      );
    const rmaNumber = formatAfterSalesNumber('rma', ret.rma_number);
    const credits = await this.credits.credit(
      manager,
      {
        orderId: order.id,
        companyId: ret.company_id,
        paymentMethod: order.paymentMethod,
        units: accepted.map((v) => ({ orderLineId: v.line.orderLineId, quantity: v.line.quantity })),
        note: rmaNumber,
        source: { returnId: id },
      },
      options.at,
    );
    const status: ReturnStatus = accepted.length === 0 ? 'refused' : credits.length > 0 ? 'credited' : 'inspected';
    await manager.query(
      `UPDATE returns SET status = $2, inspected_at = $3, inspected_by_user_id = $4, updated_at = now() WHERE id = $1`,
      [id, status, options.at ?? new Date(), scope.userId],
    );
    await this.audit.record(manager, {
      actorUserId: scope.userId,
      companyId: ret.company_id,
      action: 'return.inspected',
      entityType: 'return',
      entityId: id,
      before: { status: 'received' },
      after: {
        status,
        lines: verdicts.map((v) => ({ orderLineId: v.line.orderLineId, verdict: v.verdict, reason: v.reason })),
        creditNotes: credits.map((c) => c.number),
      },
    });
    if (!options.quiet)
      await this.mail.returnInspected(manager, ret.created_by_user_id, {
        ...mailFacts(ret, order),
        refused: refused.map((v) => ({ ...v.line, reason: v.reason ?? '' })),
        creditNoteNumbers: credits.map((c) => c.number),
      });
  }

  /** The return and its order, the order locked first (as every move on the order does). */
  private async lock(
    manager: EntityManager,
    scope: Scope,
    id: string,
  ): Promise<{ ret: LockedReturn; order: AfterSalesOrder }> {
    const params: unknown[] = [id];
    const [found]: { order_id: string }[] = await manager.query(
      `SELECT order_id FROM returns r WHERE r.id = $1 AND ${scopeSql(scope, 'r.company_id', params)}`,
      params,
    );
    if (!found) throw AppError.notFound('Return');
    const order = await this.orders.lock(manager, scope, found.order_id);
    const [ret]: LockedReturn[] = await manager.query(
      `SELECT r.id, r.rma_number, r.order_id, r.company_id, r.status, r.created_by_user_id,
              (SELECT json_agg(json_build_object('orderLineId', rl.order_line_id, 'quantity', rl.quantity,
                                                 'sku', l.sku, 'name', l.name) ORDER BY l.position)
               FROM return_lines rl JOIN order_lines l ON l.id = rl.order_line_id WHERE rl.return_id = r.id) AS lines
       FROM returns r WHERE r.id = $1 FOR UPDATE OF r`,
      [id],
    );
    return { ret, order };
  }
}

function notAllowed(ret: LockedReturn, move: string): AppError {
  return AppError.conflict(
    'after_sales_transition_not_allowed',
    `Return ${formatAfterSalesNumber('rma', ret.rma_number)} is ${ret.status} and cannot be ${move}`,
  );
}

function mailFacts(ret: LockedReturn, order: AfterSalesOrder): ReturnMailFacts {
  return {
    returnId: ret.id,
    rmaNumber: formatAfterSalesNumber('rma', ret.rma_number),
    orderNumber: order.number,
    lines: ret.lines.map(({ sku, name, quantity }) => ({ sku, name, quantity })),
  };
}

/**
 * The return's lines against the order's, naming every line that is wrong: unknown, named twice,
 * cancelled in full, or more than was delivered less what is already in a return.
 */
function checkReturnLines(order: AfterSalesOrder, lines: AfterSalesLine[], request: CreateReturnRequest) {
  const byId = new Map(lines.map((line) => [line.id, line]));
  const seen = new Set<string>();
  const problems: (ApiErrorDetail & { code: ErrorCode })[] = [];
  const wanted = request.lines.flatMap((want, index) => {
    const field = `lines.${index}`;
    const line = byId.get(want.orderLineId);
    if (!line) {
      problems.push({
        field: `${field}.orderLineId`,
        code: 'unknown_order_line',
        message: `Line ${index + 1} of the return is not a line of order ${order.number}`,
      });
      return [];
    }
    if (seen.has(line.id)) {
      problems.push({
        field: `${field}.orderLineId`,
        code: 'duplicate_order_line',
        message: `Line ${line.position} (${line.sku}) is named twice; give each line once`,
      });
      return [];
    }
    seen.add(line.id);
    if (line.cancelledQuantity === line.quantity) {
      problems.push({
        field: `${field}.orderLineId`,
        code: 'order_line_cancelled',
        message: `Line ${line.position} (${line.sku}) was cancelled: nothing of it was delivered`,
      });
      return [];
    }
    const returnable = returnableQuantity(line);
    if (want.quantity > returnable) {
      problems.push({
        field: `${field}.quantity`,
        code: 'return_exceeds_delivered',
        message: `Line ${line.position} (${line.sku}) has ${returnable} left to return (${line.deliveredQuantity} delivered, ${line.returnedQuantity} in returns); ${want.quantity} is too many`,
      });
      return [];
    }
    return [{ line, quantity: want.quantity }];
  });
  if (problems.length > 0) throw new AppError(422, problems[0].code, problems[0].message, problems);
  return wanted;
}

/** A verdict for every line of the return, each once; a refusal says why. */
function checkVerdicts(ret: LockedReturn, request: InspectReturnRequest) {
  const byId = new Map(ret.lines.map((line) => [line.orderLineId, line]));
  const seen = new Set<string>();
  const verdicts = request.lines.map((verdict, index) => {
    const field = `lines.${index}`;
    const line = byId.get(verdict.orderLineId);
    if (!line)
      throw new AppError(422, 'unknown_order_line', `Line ${index + 1} of the inspection is not a line of the return`, [
        { field: `${field}.orderLineId`, code: 'unknown_order_line', message: 'Not a line of this return' },
      ]);
    if (seen.has(line.orderLineId))
      throw new AppError(422, 'duplicate_order_line', `${line.sku} is named twice; give each line once`, [
        { field: `${field}.orderLineId`, code: 'duplicate_order_line', message: 'Named twice' },
      ]);
    seen.add(line.orderLineId);
    const reason = verdict.refusalReason?.trim() || null;
    if (verdict.verdict === 'refused' && !reason)
      throw new AppError(422, 'reason_required', `Say why ${line.sku} is refused`, [
        { field: `${field}.refusalReason`, code: 'reason_required', message: 'A refused line needs a reason' },
      ]);
    return { line, verdict: verdict.verdict, reason: verdict.verdict === 'refused' ? reason : null };
  });
  const missing = ret.lines.filter((line) => !seen.has(line.orderLineId));
  if (missing.length > 0)
    throw AppError.invalidField(
      'lines',
      'verdict_missing',
      `Give a verdict for every line of the return: ${missing.map((line) => line.sku).join(', ')} has none`,
    );
  return verdicts;
}
