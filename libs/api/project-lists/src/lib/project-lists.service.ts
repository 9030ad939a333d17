import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CatalogPricing, type PriceAudience } from '@lumen/api/catalog';
import { AppError, type CompanyScope } from '@lumen/api/core';
import type {
  AddProjectListItemRequest,
  CreateProjectListRequest,
  ProductSummary,
  ProjectListDetail,
  ProjectListLine,
  ProjectListSummary,
  UpdateProjectListItemRequest,
  UpdateProjectListRequest,
} from '@lumen/shared/contracts';
import { PROJECT_LIST_QUANTITY_MAX } from '@lumen/shared/contracts';
import { lineTotal, withVat } from '@lumen/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ProjectList } from './project-list.entity';
import { ProjectListItem } from './project-list-item.entity';

interface ItemRow {
  id: string;
  listId: string;
  productId: string;
  quantity: number;
  note: string | null;
}

/**
 * Project lists of one company: every method takes the caller's CompanyScope and every query
 * carries its company, so another company's list is "not found". Lines are priced set-based,
 * for the caller's price audience: one statement for all products of all lists asked for.
 */
@Injectable()
export class ProjectListsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pricing: CatalogPricing,
  ) {}

  async list(scope: CompanyScope, audience: PriceAudience): Promise<ProjectListSummary[]> {
    const manager = this.dataSource.manager;
    const lists = await manager.find(ProjectList, {
      where: { companyId: scope.companyId },
      order: { updatedAt: 'DESC' },
    });
    const items = await this.itemsOf(
      manager,
      lists.map((l) => l.id),
    );
    const prices = await this.priceItems(manager, items, audience);
    return lists.map((list) =>
      this.summarise(
        list,
        this.lines(
          items.filter((i) => i.listId === list.id),
          prices,
        ),
      ),
    );
  }

  async get(scope: CompanyScope, audience: PriceAudience, id: string): Promise<ProjectListDetail> {
    return this.detail(this.dataSource.manager, scope, audience, id);
  }

  async create(scope: CompanyScope, input: CreateProjectListRequest): Promise<ProjectListDetail> {
    const saved = await this.dataSource.manager.save(
      this.dataSource.manager.create(ProjectList, {
        companyId: scope.companyId,
        createdByUserId: scope.userId,
        name: input.name,
        projectReference: input.projectReference || null,
        description: input.description || null,
      }),
    );
    return this.summariseEmpty(saved);
  }

  async update(
    scope: CompanyScope,
    audience: PriceAudience,
    id: string,
    input: UpdateProjectListRequest,
  ): Promise<ProjectListDetail> {
    return this.dataSource.transaction(async (manager) => {
      const list = await this.findOwn(manager, scope, id, true);
      if (input.name !== undefined) list.name = input.name;
      if (input.projectReference !== undefined) list.projectReference = input.projectReference || null;
      if (input.description !== undefined) list.description = input.description || null;
      await manager.save(list);
      return this.detail(manager, scope, audience, id);
    });
  }

  async remove(scope: CompanyScope, id: string): Promise<void> {
    const result = await this.dataSource.manager.delete(ProjectList, { id, companyId: scope.companyId });
    if (!result.affected) throw AppError.notFound('Project list');
  }

  /** Adds a product, or raises the quantity of the product when it is already on the list. */
  async addItem(
    scope: CompanyScope,
    audience: PriceAudience,
    listId: string,
    input: AddProjectListItemRequest,
  ): Promise<ProjectListDetail> {
    return this.dataSource.transaction(async (manager) => {
      await this.findOwn(manager, scope, listId, true);
      const [product] = await manager.query(`SELECT id FROM products WHERE sku = $1`, [input.sku]);
      if (!product) throw AppError.invalidField('sku', 'unknown_sku', `No product has the article number ${input.sku}`);
      const [row] = await manager.query(
        `INSERT INTO project_list_items (list_id, product_id, quantity, note)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (list_id, product_id) DO UPDATE
           SET quantity = project_list_items.quantity + excluded.quantity,
               note = coalesce(excluded.note, project_list_items.note),
               updated_at = now()
         RETURNING quantity`,
        [listId, product.id, input.quantity, input.note || null],
      );
      if (row.quantity > PROJECT_LIST_QUANTITY_MAX)
        throw AppError.invalidField(
          'quantity',
          'quantity_too_large',
          `A list line holds at most ${PROJECT_LIST_QUANTITY_MAX} pieces`,
        );
      await this.touch(manager, listId);
      return this.detail(manager, scope, audience, listId);
    });
  }

  async updateItem(
    scope: CompanyScope,
    audience: PriceAudience,
    listId: string,
    itemId: string,
    input: UpdateProjectListItemRequest,
  ): Promise<ProjectListDetail> {
    return this.dataSource.transaction(async (manager) => {
      await this.findOwn(manager, scope, listId, true);
      const item = await manager.findOneBy(ProjectListItem, { id: itemId, listId });
      if (!item) throw AppError.notFound('Project list item');
      if (input.quantity !== undefined) item.quantity = input.quantity;
      if (input.note !== undefined) item.note = input.note || null;
      await manager.save(item);
      await this.touch(manager, listId);
      return this.detail(manager, scope, audience, listId);
    });
  }

  async removeItem(
    scope: CompanyScope,
    audience: PriceAudience,
    listId: string,
    itemId: string,
  ): Promise<ProjectListDetail> {
    return this.dataSource.transaction(async (manager) => {
      await this.findOwn(manager, scope, listId, true);
      const result = await manager.delete(ProjectListItem, { id: itemId, listId });
      if (!result.affected) throw AppError.notFound('Project list item');
      await this.touch(manager, listId);
      return this.detail(manager, scope, audience, listId);
    });
  }

  /** A new list with the same items (one INSERT … SELECT), named "<name> (copy)" unless told otherwise. */
  async copy(scope: CompanyScope, audience: PriceAudience, listId: string, name?: string): Promise<ProjectListDetail> {
    return this.dataSource.transaction(async (manager) => {
      const source = await this.findOwn(manager, scope, listId, false);
      const copy = await manager.save(
        manager.create(ProjectList, {
          companyId: source.companyId,
          createdByUserId: scope.userId,
          name: name ?? `${source.name} (copy)`.slice(0, 120),
          projectReference: source.projectReference,
          description: source.description,
        }),
      );
      await manager.query(
        `INSERT INTO project_list_items (list_id, product_id, quantity, note)
         SELECT $1, product_id, quantity, note FROM project_list_items WHERE list_id = $2`,
        [copy.id, listId],
      );
      return this.detail(manager, scope, audience, copy.id);
    });
  }

  async detail(
    manager: EntityManager,
    scope: CompanyScope,
    audience: PriceAudience,
    id: string,
  ): Promise<ProjectListDetail> {
    const list = await this.findOwn(manager, scope, id, false);
    const items = await this.itemsOf(manager, [list.id]);
    const lines = this.lines(items, await this.priceItems(manager, items, audience));
    return { ...this.summarise(list, lines), items: lines };
  }

  /** The caller's own list, optionally locked for a write; any other id is "not found". */
  private async findOwn(manager: EntityManager, scope: CompanyScope, id: string, lock: boolean): Promise<ProjectList> {
    const list = await manager.findOne(ProjectList, {
      where: { id, companyId: scope.companyId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!list) throw AppError.notFound('Project list');
    return list;
  }

  private async touch(manager: EntityManager, listId: string): Promise<void> {
    await manager.query(`UPDATE project_lists SET updated_at = now() WHERE id = $1`, [listId]);
  }

  private itemsOf(manager: EntityManager, listIds: string[]): Promise<ItemRow[]> {
    if (listIds.length === 0) return Promise.resolve([]);
    return manager.query(
      `SELECT id, list_id AS "listId", product_id AS "productId", quantity, note
       FROM project_list_items WHERE list_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [listIds],
    );
  }

  private priceItems(
    manager: EntityManager,
    items: ItemRow[],
    audience: PriceAudience,
  ): Promise<Map<string, ProductSummary>> {
    return this.pricing.priceProductsById(
      manager,
      items.map((i) => i.productId),
      audience,
    );
  }

  private lines(items: ItemRow[], prices: Map<string, ProductSummary>): ProjectListLine[] {
    return items.flatMap((item) => {
      const product = prices.get(item.productId);
      if (!product) return [];
      return [
        {
          id: item.id,
          product,
          quantity: item.quantity,
          note: item.note,
          lineTotalOre: lineTotal(product.price?.unitPriceOre ?? 0, item.quantity),
        },
      ];
    });
  }

  private summarise(list: ProjectList, lines: ProjectListLine[]): ProjectListSummary {
    const totalOre = lines.reduce((sum, line) => sum + line.lineTotalOre, 0);
    return {
      id: list.id,
      name: list.name,
      projectReference: list.projectReference,
      description: list.description,
      itemCount: lines.length,
      totalQuantity: lines.reduce((sum, line) => sum + line.quantity, 0),
      totalOre,
      totalInclVatOre: withVat(totalOre),
      createdAt: list.createdAt.toISOString(),
      updatedAt: list.updatedAt.toISOString(),
    };
  }

  private summariseEmpty(list: ProjectList): ProjectListDetail {
    return { ...this.summarise(list, []), items: [] };
  }
}
