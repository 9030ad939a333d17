import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { CatalogPricing, type PriceAudience } from '@lumen/api/catalog';
import { AppError, type AuthenticatedUser, type CompanyScope, type Scope, scopeSql } from '@lumen/api/core';
import type { ProductSummary, SaveQuoteDraftRequest } from '@lumen/shared/contracts';
import {
  defaultQuoteValidUntil,
  isOfferValid,
  isQuoteClosed,
  lineTotal,
  type QuoteActor,
  quoteCycleStartedAt,
  offeredTotal,
  offeredUnitPrice,
  type QuoteEvent,
  quoteDueAt,
  type QuoteStatus,
  quoteStatusesAllowing,
  quoteTransition,
  shouldExpire,
} from '@lumen/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { QuoteMail } from './quote-mail';
import { LINE_SQL, type StoredLine } from './quote-rows';

/** The quote row as a write path reads it, locked. */
export interface LockedQuote {
  id: string;
  number: string;
  status: QuoteStatus;
  company_id: string;
  project_list_name: string;
  requested_by_user_id: string;
  claimed_by_user_id: string | null;
  current_revision: number;
  requested_at: Date;
  due_at: Date;
  valid_until: Date | null;
  draft_valid_until: Date | null;
  draft_message: string | null;
}

const LINE_RECORDSET = `product_id uuid, sku text, name text, quantity int, list_price_ore bigint,
  tier_unit_price_ore bigint, discount_percent numeric, unit_price_ore bigint, position int`;

/**
 * Every change of a quote. Each runs in one transaction that first locks the quote row
 * (`SELECT … FOR UPDATE`), then asks the state machine of `@lumen/shared/domain` whether the
 * event is legal from the state it finds. Concurrent requests queue on the lock and the later
 * ones see the state the first one left: an offer is accepted exactly once. The lock reads the
 * quote through the caller's Scope: a customer's own company's, or any for the shop's desk.
 */
@Injectable()
export class QuoteWorkflow {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mail: QuoteMail,
    private readonly pricing: CatalogPricing,
  ) {}

  /** Snapshots a project list into a new quote request (PRODUCT.md §6). */
  async request(scope: CompanyScope, audience: PriceAudience, listId: string, message: string | null): Promise<string> {
    const { companyId } = scope;
    return this.dataSource.transaction(async (manager) => {
      const [list] = await manager.query(
        `SELECT id, name FROM project_lists WHERE id = $1 AND company_id = $2 FOR SHARE`,
        [listId, companyId],
      );
      if (!list) throw AppError.notFound('Project list');
      const items: { productId: string; quantity: number }[] = await manager.query(
        `SELECT product_id AS "productId", quantity FROM project_list_items
         WHERE list_id = $1 ORDER BY created_at, id`,
        [listId],
      );
      if (items.length === 0)
        throw AppError.conflict('project_list_empty', 'Add products to the list before requesting a quote');
      const prices = await this.pricing.priceProductsById(
        manager,
        items.map((item) => item.productId),
        audience,
      );
      const lines = items.map((item, position) => {
        const product = prices.get(item.productId);
        if (!product?.price) throw new Error(`product ${item.productId} vanished while quoting`);
        return {
          product_id: product.id,
          sku: product.sku,
          name: product.name,
          quantity: item.quantity,
          list_price_ore: product.price.listPriceOre,
          tier_unit_price_ore: product.price.unitPriceOre,
          discount_percent: null,
          unit_price_ore: product.price.unitPriceOre,
          position,
        };
      });
      const requestedAt = new Date();
      const [quote] = await manager.query(
        `INSERT INTO quotes (company_id, project_list_id, project_list_name, requested_by_user_id,
           message, status, requested_at, due_at, line_count)
         VALUES ($1, $2, $3, $4, $5, 'requested', $6, $7, $8) RETURNING id`,
        [
          companyId,
          listId,
          list.name,
          scope.userId,
          message || null,
          requestedAt,
          quoteDueAt(requestedAt),
          lines.length,
        ],
      );
      await this.insertLines(manager, 'quote_lines', 'quote_id', quote.id, lines);
      // The consultant's draft starts as the request at the customer's tier prices.
      await this.insertLines(
        manager,
        'quote_draft_lines',
        'quote_id',
        quote.id,
        lines.map((line) => ({ ...line, unit_price_ore: null })),
      );
      await this.audit.record(manager, {
        actorUserId: scope.userId,
        companyId,
        action: 'quote.state_changed',
        entityType: 'quote',
        entityId: quote.id,
        before: null,
        after: { status: 'requested', event: 'request', dueAt: quoteDueAt(requestedAt).toISOString() },
      });
      const [who]: { company: string; requester: string; number: string }[] = await manager.query(
        `SELECT c.name AS company, u.name AS requester, q.number FROM quotes q
         JOIN companies c ON c.id = q.company_id JOIN users u ON u.id = q.requested_by_user_id WHERE q.id = $1`,
        [quote.id],
      );
      await this.mail.requested(
        manager,
        {
          id: quote.id,
          number: who.number,
          project_list_name: list.name,
          requested_by_user_id: scope.userId,
          claimed_by_user_id: null,
        },
        who.company,
        who.requester,
      );
      return quote.id as string;
    });
  }

  async claim(scope: Scope, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const quote = await this.lock(manager, scope, id);
      await this.transition(manager, quote, 'claim', 'consultant', scope.userId, {
        claimed_by_user_id: scope.userId,
        claimed_at: new Date(),
      });
    });
  }

  /** Replaces the draft: lines not given are removed, new SKUs added at the current catalog prices. */
  async saveDraft(scope: Scope, user: AuthenticatedUser, id: string, input: SaveQuoteDraftRequest): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const quote = await this.lock(manager, scope, id);
      this.assertDraftable(quote, user);
      const skus = input.lines.map((line) => line.sku);
      const duplicate = skus.find((sku, i) => skus.indexOf(sku) !== i);
      if (duplicate)
        throw AppError.invalidField('lines', 'duplicate_sku', `${duplicate} appears on more than one line`);
      input.lines.forEach((line, i) => {
        if (line.unitPriceOre != null && line.discountPercent != null)
          throw AppError.invalidField(
            `lines[${i}]`,
            'price_or_discount',
            `Line ${i + 1} (${line.sku}): give a unit price or a discount, not both`,
          );
      });
      if (input.validUntil && new Date(input.validUntil).getTime() <= Date.now())
        throw AppError.invalidField('validUntil', 'valid_until_past', 'The offer must be valid until a future date');
      const existing: StoredLine[] = await manager.query(
        `SELECT ${LINE_SQL}, unit_price_ore::float8 AS "unitPriceOre" FROM quote_draft_lines WHERE quote_id = $1`,
        [id],
      );
      const bySku = new Map(existing.map((line) => [line.sku, line]));
      const newSkus = skus.filter((sku) => !bySku.has(sku));
      const [company] = await manager.query(`SELECT tier FROM companies WHERE id = $1`, [quote.company_id]);
      const catalog = await this.pricing.priceProductsBySku(manager, newSkus, company.tier);
      const lines = input.lines.map((line, position) => {
        const source = bySku.get(line.sku) ?? this.fromCatalog(catalog.get(line.sku));
        if (!source)
          throw AppError.invalidField(
            `lines[${position}].sku`,
            'unknown_sku',
            `Line ${position + 1}: no product has the article number ${line.sku}`,
          );
        return {
          product_id: source.productId,
          sku: line.sku,
          name: source.name,
          quantity: line.quantity,
          list_price_ore: source.listPriceOre,
          tier_unit_price_ore: source.tierUnitPriceOre,
          discount_percent: line.discountPercent ?? null,
          unit_price_ore: line.unitPriceOre ?? null,
          position,
        };
      });
      await manager.query(`DELETE FROM quote_draft_lines WHERE quote_id = $1`, [id]);
      await this.insertLines(manager, 'quote_draft_lines', 'quote_id', id, lines);
      await manager.query(
        `UPDATE quotes SET draft_valid_until = $2, draft_message = $3, updated_at = now() WHERE id = $1`,
        [id, input.validUntil ? new Date(input.validUntil) : null, input.message || null],
      );
    });
  }

  /** Freezes the draft as the next numbered revision and tells the requester. */
  async publish(scope: Scope, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const quote = await this.lock(manager, scope, id);
      const draft: StoredLine[] = await manager.query(
        `SELECT ${LINE_SQL}, unit_price_ore::float8 AS "unitPriceOre"
         FROM quote_draft_lines WHERE quote_id = $1 ORDER BY position`,
        [id],
      );
      const now = new Date();
      const check = quoteTransition(quote.status, 'publish', 'consultant');
      if (!check.ok) throw AppError.conflict(check.code, check.message);
      if (draft.length === 0)
        throw AppError.conflict('quote_draft_empty', 'A quote needs at least one line before it is published');
      const validUntil = quote.draft_valid_until ?? defaultQuoteValidUntil(now);
      if (!isOfferValid(validUntil, now))
        throw AppError.invalidField('validUntil', 'valid_until_past', 'The offer must be valid until a future date');
      const number = quote.current_revision + 1;
      const total = offeredTotal(draft);
      const [revision] = await manager.query(
        `INSERT INTO quote_revisions (quote_id, number, published_at, published_by_user_id, valid_until,
           message, cycle_started_at, due_at, total_ore)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          id,
          number,
          now,
          scope.userId,
          validUntil,
          quote.draft_message,
          quoteCycleStartedAt(quote.due_at),
          quote.due_at,
          total,
        ],
      );
      await this.insertLines(
        manager,
        'quote_revision_lines',
        'revision_id',
        revision.id,
        draft.map((line, position) => {
          const unit = offeredUnitPrice(line);
          return {
            product_id: line.productId,
            sku: line.sku,
            name: line.name,
            quantity: line.quantity,
            list_price_ore: line.listPriceOre,
            tier_unit_price_ore: line.tierUnitPriceOre,
            discount_percent: line.discountPercent,
            unit_price_ore: unit,
            line_total_ore: lineTotal(unit, line.quantity),
            position,
          };
        }),
        'line_total_ore bigint',
      );
      await this.transition(manager, quote, 'publish', 'consultant', scope.userId, {
        current_revision: number,
        current_total_ore: total,
        valid_until: validUntil,
        claimed_by_user_id: quote.claimed_by_user_id ?? scope.userId,
        claimed_at: quote.claimed_by_user_id ? undefined : now,
      });
      await this.mail.answered(manager, quote, number);
    });
  }

  /**
   * A customer's comment. On an answered quote it asks for a revision: the quote goes back to
   * the consultant and the 24-hour clock restarts from the comment.
   */
  async customerComment(scope: CompanyScope, authorName: string, id: string, body: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const quote = await this.lockOpenForComment(manager, scope, id);
      const now = await this.insertComment(manager, id, scope.userId, 'customer', body);
      if (quoteStatusesAllowing('customer_comment').includes(quote.status))
        await this.transition(manager, quote, 'customer_comment', 'customer', scope.userId, {
          due_at: quoteDueAt(now),
        });
      await this.mail.customerCommented(manager, quote, authorName, body);
    });
  }

  async consultantComment(scope: Scope, authorName: string, id: string, body: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const quote = await this.lockOpenForComment(manager, scope, id);
      await this.insertComment(manager, id, scope.userId, 'consultant', body);
      await this.mail.consultantCommented(manager, quote, authorName, body);
    });
  }

  /** Accepts the current revision once; an offer past its validity expires instead (409). */
  async accept(scope: CompanyScope, id: string): Promise<void> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const quote = await this.lock(manager, scope, id);
      const now = new Date();
      if (shouldExpire(quote.status, quote.valid_until, now)) {
        await this.transition(manager, quote, 'expire', 'system', null, { closed_at: now });
        return 'expired' as const;
      }
      await this.transition(manager, quote, 'accept', 'customer', scope.userId, {
        accepted_revision: quote.current_revision,
        accepted_by_user_id: scope.userId,
        accepted_at: now,
        closed_at: now,
      });
      return 'accepted' as const;
    });
    if (outcome === 'expired')
      throw AppError.conflict('quote_expired', 'The offer has passed its validity date; ask for a new quote');
  }

  async decline(scope: CompanyScope, id: string): Promise<void> {
    await this.closeByCustomer(scope, id, 'decline');
  }

  async cancel(scope: CompanyScope, id: string): Promise<void> {
    await this.closeByCustomer(scope, id, 'cancel');
  }

  private async closeByCustomer(scope: CompanyScope, id: string, event: 'decline' | 'cancel') {
    await this.dataSource.transaction(async (manager) => {
      const quote = await this.lock(manager, scope, id);
      await this.transition(manager, quote, event, 'customer', scope.userId, { closed_at: new Date() });
    });
  }

  /** A line added by the consultant keeps the list and tier prices of the moment it was added. */
  private fromCatalog(product: ProductSummary | undefined): Omit<StoredLine, 'sku' | 'quantity'> | null {
    if (!product?.price) return null;
    return {
      productId: product.id,
      name: product.name,
      listPriceOre: product.price.listPriceOre,
      tierUnitPriceOre: product.price.unitPriceOre,
      discountPercent: null,
      unitPriceOre: null,
    };
  }

  private assertDraftable(quote: LockedQuote, user: AuthenticatedUser): void {
    if (quote.status === 'requested')
      throw AppError.conflict('quote_not_claimed', 'Claim the quote before drafting an answer');
    // A draft is the next revision in the making: it may be saved wherever it may be published.
    if (!quoteStatusesAllowing('publish').includes(quote.status))
      throw AppError.conflict(
        'quote_transition_not_allowed',
        `A quote that is ${quote.status.replace('_', ' ')} cannot be drafted`,
      );
    if (quote.status === 'in_progress' && quote.claimed_by_user_id !== user.userId && user.staffRole !== 'shop_admin')
      throw AppError.conflict('quote_claimed_by_other', 'Another consultant is working on this quote');
  }

  private async lockOpenForComment(manager: EntityManager, scope: Scope, id: string) {
    const quote = await this.lock(manager, scope, id);
    if (isQuoteClosed(quote.status))
      throw AppError.conflict('quote_closed', `The quote is ${quote.status} and takes no more comments`);
    return quote;
  }

  private async insertComment(
    manager: EntityManager,
    quoteId: string,
    authorUserId: string,
    side: 'customer' | 'consultant',
    body: string,
  ): Promise<Date> {
    const [row] = await manager.query(
      `INSERT INTO quote_comments (quote_id, author_user_id, author_side, body)
       VALUES ($1, $2, $3, $4) RETURNING created_at`,
      [quoteId, authorUserId, side, body],
    );
    return row.created_at;
  }

  /** Locks the quote row the scope sees; another company's quote is 404, like a missing one. */
  private async lock(manager: EntityManager, scope: Scope, id: string): Promise<LockedQuote> {
    const params: unknown[] = [id];
    const [quote] = await manager.query(
      `SELECT id, number, status, company_id, project_list_name, requested_by_user_id, claimed_by_user_id,
         current_revision, requested_at, due_at, valid_until, draft_valid_until, draft_message
       FROM quotes WHERE id = $1 AND ${scopeSql(scope, 'company_id', params)} FOR UPDATE`,
      params,
    );
    if (!quote) throw AppError.notFound('Quote');
    return quote;
  }

  /** Moves a locked quote along the state machine, or answers 409 with the machine's code; audited. */
  async transition(
    manager: EntityManager,
    quote: LockedQuote,
    event: QuoteEvent,
    actor: QuoteActor,
    actorUserId: string | null,
    changes: Record<string, unknown>,
  ): Promise<void> {
    const result = quoteTransition(quote.status, event, actor);
    if (!result.ok) throw AppError.conflict(result.code, result.message);
    const set = Object.entries(changes).filter(([, value]) => value !== undefined);
    await manager.query(
      `UPDATE quotes SET status = $2, updated_at = now()${set.map(([column], i) => `, ${column} = $${i + 3}`).join('')}
       WHERE id = $1`,
      [quote.id, result.to, ...set.map(([, value]) => value)],
    );
    await this.audit.record(manager, {
      actorUserId,
      companyId: quote.company_id,
      action: 'quote.state_changed',
      entityType: 'quote',
      entityId: quote.id,
      before: { status: quote.status },
      after: { status: result.to, event, ...jsonOf(Object.fromEntries(set)) },
    });
    quote.status = result.to;
  }

  private async insertLines(
    manager: EntityManager,
    table: 'quote_lines' | 'quote_draft_lines' | 'quote_revision_lines',
    parentColumn: 'quote_id' | 'revision_id',
    parentId: string,
    lines: object[],
    extraColumns = '',
  ): Promise<void> {
    if (lines.length === 0) return;
    const recordset = extraColumns ? `${LINE_RECORDSET}, ${extraColumns}` : LINE_RECORDSET;
    const columns = recordset.split(',').map((column) => column.trim().split(' ')[0]);
    // One statement for any number of lines: the rows travel as one JSON parameter.
    await manager.query(
      `INSERT INTO ${table} (${parentColumn}, ${columns.join(', ')})
       SELECT $1, ${columns.join(', ')} FROM jsonb_to_recordset($2::jsonb) AS l(${recordset})`,
      [parentId, JSON.stringify(lines)],
    );
  }
}

function jsonOf(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  );
}
