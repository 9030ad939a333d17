import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { AppError, type AuthenticatedUser } from '@lumen/api/core';
import type {
  ApiErrorDetail,
  CreateProductRequest,
  StaffProduct,
  StaffProductPage,
  StaffProductQuery,
  UpdateProductRequest,
} from '@lumen/shared/contracts';
import {
  type ProductFieldProblem,
  productDraftProblems,
  replacementProblems,
  STOCK_STATUS_WITH_DATE,
} from '@lumen/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogChanges } from './catalog-changes';
import { ProductWriteQuery } from './product-write.query';
import { graphAfter } from './replacement-graph';
import { StaffProductReadQuery } from './staff-product-read.query';
import {
  changedFields,
  fieldsOfRow,
  pick,
  type ProductFields,
  type StaffProductRow,
  toStaffProduct,
} from './staff-product-row';

const DEFAULT_PAGE_SIZE = 50;

/** Where a domain field sits in the request body, for the error's `field`. */
const LIGHTING_FIELDS = new Set(['wattage', 'lumen', 'colourTemperatureK', 'cri', 'ipRating', 'beamAngle', 'dimmable']);
const requestPath = (field: string) => (LIGHTING_FIELDS.has(field) ? `lighting.${field}` : field);

/**
 * Products one at a time, as the editor makes them: every change in one transaction with its
 * audit row (before and after of the fields that changed), the product locked first, so two
 * concurrent edits are both recorded, the second with the state the first left.
 */
@Injectable()
export class StaffProductsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: StaffProductReadQuery,
    private readonly writes: ProductWriteQuery,
    private readonly audit: AuditService,
    private readonly changes: CatalogChanges,
  ) {}

  async list(query: StaffProductQuery): Promise<StaffProductPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const { rows, total } = await this.reads.page(this.dataSource.manager, query, page, pageSize);
    return { items: rows.map(toStaffProduct), total, page, pageSize };
  }

  async get(id: string): Promise<StaffProduct> {
    const row = await this.reads.byId(this.dataSource.manager, id);
    if (!row) throw new AppError(404, 'product_not_found', 'No such product');
    return toStaffProduct(row);
  }

  async create(actor: AuthenticatedUser, request: CreateProductRequest): Promise<StaffProduct> {
    const fields: ProductFields = {
      sku: request.sku,
      name: request.name,
      description: request.description ?? '',
      keywords: (request.keywords ?? []).join(' ').replace(/\s+/g, ' ').trim(),
      categoryId: request.categoryId,
      brand: request.brand,
      listPriceOre: request.listPriceOre,
      wattage: request.lighting?.wattage ?? null,
      lumen: request.lighting?.lumen ?? null,
      colourTemperatureK: request.lighting?.colourTemperatureK ?? null,
      cri: request.lighting?.cri ?? null,
      ipRating: request.lighting?.ipRating ?? null,
      beamAngle: request.lighting?.beamAngle ?? null,
      dimmable: request.lighting?.dimmable ?? null,
      stockStatus: request.stockStatus,
      stockDate: request.stockDate ?? null,
      bulky: request.bulky ?? false,
      netPriced: request.netPriced ?? false,
      lifecycle: request.lifecycle ?? 'active',
      replacementSku: request.replacementSku ?? null,
    };
    const row = await this.dataSource.transaction(async (manager) => {
      await this.check(manager, fields);
      const [written] = await this.writes.insert(manager, [fields]);
      if (!written) throw AppError.conflict('sku_taken', `Article number ${fields.sku} is taken`);
      await this.audit.record(manager, {
        actorUserId: actor.userId,
        companyId: null,
        action: 'product.created',
        entityType: 'product',
        entityId: written.id,
        after: { ...fields },
      });
      return this.mustRead(manager, written.id);
    });
    this.changes.committed();
    return toStaffProduct(row);
  }

  async update(actor: AuthenticatedUser, id: string, request: UpdateProductRequest): Promise<StaffProduct> {
    const row = await this.dataSource.transaction(async (manager) => {
      const current = await this.reads.byId(manager, id, true);
      if (!current) throw new AppError(404, 'product_not_found', 'No such product');
      if (request.version !== undefined && request.version !== current.version)
        throw new AppError(
          409,
          'conflict',
          `The product was changed by someone else (version ${current.version}, not ${request.version}): reload it`,
        );
      const before = fieldsOfRow(current);
      const after = mergeUpdate(before, request);
      const changed = changedFields(before, after);
      if (changed.length === 0) return current;
      await this.check(manager, after);
      await this.writes.upsert(manager, [after]);
      await this.audit.record(manager, {
        actorUserId: actor.userId,
        companyId: null,
        action: 'product.updated',
        entityType: 'product',
        entityId: id,
        // The versions order concurrent edits (their rows' times are their transactions' starts).
        before: { ...pick(before, changed), version: current.version },
        after: { ...pick(after, changed), version: current.version + 1 },
      });
      return this.mustRead(manager, id);
    });
    this.changes.committed();
    return toStaffProduct(row);
  }

  /** The domain's rules, the category, and the replacement graph as it will be. */
  private async check(manager: EntityManager, fields: ProductFields): Promise<void> {
    const problems = productDraftProblems(fields);
    if (problems.length > 0) throw invalid(problems);
    const [category]: unknown[] = await manager.query(`SELECT 1 FROM categories WHERE id = $1`, [fields.categoryId]);
    if (!category) throw new AppError(422, 'category_not_found', 'No such category');
    const graph = graphAfter(
      await this.reads.graphAround(manager, [fields.sku], fields.replacementSku ? [fields.replacementSku] : []),
      [fields],
    );
    const problem = replacementProblems(graph, [fields.sku]).get(fields.sku);
    if (!problem) return;
    // Being the replacement of others is a conflict with them, not a fault of this product's fields.
    if (problem.code === 'replacement_in_use') throw new AppError(409, 'conflict', problem.message);
    throw new AppError(422, problem.code, problem.message, [
      { field: 'replacementSku', code: problem.code, message: problem.message },
    ]);
  }

  private async mustRead(manager: EntityManager, id: string): Promise<StaffProductRow> {
    const row = await this.reads.byId(manager, id);
    if (!row) throw new AppError(404, 'product_not_found', 'No such product');
    return row;
  }
}

function invalid(problems: ProductFieldProblem[]): AppError {
  const details: ApiErrorDetail[] = problems.map((problem) => ({
    field: requestPath(problem.field),
    code: problem.code,
    message: problem.message,
  }));
  return new AppError(400, 'validation_failed', details.map((detail) => detail.message).join('; '), details);
}

/** The product with the request's fields laid over it; `lighting` field by field. */
function mergeUpdate(before: ProductFields, request: UpdateProductRequest): ProductFields {
  const { lighting, keywords, ...plain } = request;
  const defined = Object.fromEntries(
    Object.entries(plain).filter(([field, value]) => value !== undefined && field !== 'version'),
  );
  const lightingDefined = Object.fromEntries(Object.entries(lighting ?? {}).filter(([, value]) => value !== undefined));
  const after: ProductFields = { ...before, ...defined, ...lightingDefined };
  if (keywords !== undefined) after.keywords = keywords.join(' ').replace(/\s+/g, ' ').trim();
  // A product leaving end-of-life drops its replacement unless the request sets one (and is refused).
  if (request.lifecycle === 'active' && request.replacementSku === undefined) after.replacementSku = null;
  // Moving off a confirmed date drops the date unless the request sets one.
  if (
    request.stockStatus !== undefined &&
    request.stockDate === undefined &&
    request.stockStatus !== STOCK_STATUS_WITH_DATE
  )
    after.stockDate = null;
  return after;
}
