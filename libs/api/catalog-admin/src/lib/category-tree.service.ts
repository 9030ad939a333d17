import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { AppError, type AuthenticatedUser } from '@lumen/api/core';
import type { CreateCategoryRequest, StaffCategoryNode, UpdateCategoryRequest } from '@lumen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogChanges } from './catalog-changes';

interface CategoryRow {
  id: string;
  parent_id: string | null;
  slug: string;
  name: string;
  name_en: string;
  sort_order: number;
}

/** `Innendørs spot` / `Indoor spots` → `indoor-spots`. */
function slugOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'category';
}

/**
 * The category tree as the shop admin edits it. Every edit takes one tree-wide lock first: two
 * moves at once could otherwise each pass the cycle check and together make a loop, and
 * sibling positions stay 0, 1, 2… without gaps or twins.
 */
@Injectable()
export class CategoryTreeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly changes: CatalogChanges,
  ) {}

  /** The whole tree in one statement, each node with the products directly in it. */
  async tree(manager: EntityManager = this.dataSource.manager): Promise<StaffCategoryNode[]> {
    const rows: (CategoryRow & { products: number })[] = await manager.query(
      `SELECT c.id, c.parent_id, c.slug, c.name, c.name_en, c.sort_order, coalesce(n.products, 0)::int AS products
       FROM categories c
       LEFT JOIN (SELECT category_id, count(*) AS products FROM products GROUP BY category_id) n ON n.category_id = c.id
       ORDER BY c.sort_order, c.name`,
    );
    const nodes = new Map<string, StaffCategoryNode>(
      rows.map((row) => [row.id, { ...nodeOf(row), productCount: row.products }]),
    );
    const roots: StaffCategoryNode[] = [];
    for (const node of nodes.values()) {
      const parent = node.parentId ? nodes.get(node.parentId) : undefined;
      (parent ? parent.children : roots).push(node);
    }
    return roots;
  }

  async create(actor: AuthenticatedUser, request: CreateCategoryRequest): Promise<StaffCategoryNode> {
    const node = await this.dataSource.transaction(async (manager) => {
      await lockTree(manager);
      const parentId = request.parentId ?? null;
      if (parentId) await this.mustFind(manager, parentId);
      const slug = request.slug ?? (await freeSlug(manager, slugOf(request.nameEn)));
      const [inserted]: CategoryRow[] = await manager.query(
        `INSERT INTO categories (parent_id, slug, name, name_en, sort_order) VALUES ($1, $2, $3, $4, 0)
         ON CONFLICT (slug) DO NOTHING RETURNING id`,
        [parentId, slug, request.name, request.nameEn],
      );
      if (!inserted) throw AppError.conflict('conflict', `Another category has the slug ${slug}`);
      await placeAmongSiblings(manager, parentId, inserted.id, request.position);
      const row = await this.mustFind(manager, inserted.id, 'Category');
      await this.audit.record(manager, {
        actorUserId: actor.userId,
        companyId: null,
        action: 'category.created',
        entityType: 'category',
        entityId: row.id,
        after: auditView(row),
      });
      return nodeOf(row);
    });
    this.changes.committed();
    return node;
  }

  /** Renames (nb + en), moves under another parent (never below itself) and/or reorders among siblings. */
  async update(actor: AuthenticatedUser, id: string, request: UpdateCategoryRequest): Promise<StaffCategoryNode> {
    const node = await this.dataSource.transaction(async (manager) => {
      await lockTree(manager);
      const before = await this.mustFind(manager, id, 'Category');
      const parentId = request.parentId === undefined ? before.parent_id : request.parentId;
      if (parentId !== before.parent_id && parentId !== null) {
        await this.mustFind(manager, parentId);
        const [cycle]: unknown[] = await manager.query(
          `WITH RECURSIVE up AS (
             SELECT id, parent_id FROM categories WHERE id = $1
             UNION ALL SELECT c.id, c.parent_id FROM categories c JOIN up ON c.id = up.parent_id)
           SELECT 1 FROM up WHERE id = $2`,
          [parentId, id],
        );
        if (cycle)
          throw new AppError(422, 'category_cycle', 'A category cannot move below itself or one of its sub-categories');
      }
      await manager.query(
        `UPDATE categories SET parent_id = $2, name = $3, name_en = $4, updated_at = now() WHERE id = $1`,
        [id, parentId, request.name ?? before.name, request.nameEn ?? before.name_en],
      );
      if (parentId !== before.parent_id || request.position !== undefined) {
        await placeAmongSiblings(manager, parentId, id, request.position);
        if (parentId !== before.parent_id) await placeAmongSiblings(manager, before.parent_id, null, undefined);
      }
      const row = await this.mustFind(manager, id, 'Category');
      await this.audit.record(manager, {
        actorUserId: actor.userId,
        companyId: null,
        action: 'category.updated',
        entityType: 'category',
        entityId: id,
        before: auditView(before),
        after: auditView(row),
      });
      return nodeOf(row);
    });
    this.changes.committed();
    return node;
  }

  /** Only an empty category goes: its products and sub-categories must be moved first. */
  async delete(actor: AuthenticatedUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await lockTree(manager);
      const before = await this.mustFind(manager, id, 'Category');
      const [held]: { products: number; children: number }[] = await manager.query(
        `SELECT (SELECT count(*) FROM products WHERE category_id = $1)::int AS products,
                (SELECT count(*) FROM categories WHERE parent_id = $1)::int AS children`,
        [id],
      );
      if (held.products > 0 || held.children > 0)
        throw new AppError(
          409,
          'category_not_empty',
          `${before.name} holds ${held.products} product(s) and ${held.children} sub-categor${held.children === 1 ? 'y' : 'ies'}: move them first`,
          { products: held.products, children: held.children },
        );
      await manager.query(`DELETE FROM categories WHERE id = $1`, [id]);
      await placeAmongSiblings(manager, before.parent_id, null, undefined);
      await this.audit.record(manager, {
        actorUserId: actor.userId,
        companyId: null,
        action: 'category.deleted',
        entityType: 'category',
        entityId: id,
        before: auditView(before),
      });
    });
    this.changes.committed();
  }

  /**
   * The category, or: 404 when it is the path's (`what`), 422 `category_not_found` when it is a
   * body's reference (a parent).
   */
  private async mustFind(manager: EntityManager, id: string, what?: string): Promise<CategoryRow> {
    const [row]: CategoryRow[] = await manager.query(
      `SELECT id, parent_id, slug, name, name_en, sort_order FROM categories WHERE id = $1`,
      [id],
    );
    if (row) return row;
    if (what) throw AppError.notFound(what);
    throw new AppError(422, 'category_not_found', 'No such parent category', [
      { field: 'parentId', code: 'category_not_found', message: 'No such parent category' },
    ]);
  }
}

const lockTree = (manager: EntityManager) =>
  manager.query(`SELECT pg_advisory_xact_lock(hashtext('catalog.category_tree'))`);

function nodeOf(row: CategoryRow): StaffCategoryNode {
  return {
    id: row.id,
    parentId: row.parent_id,
    slug: row.slug,
    name: row.name,
    nameEn: row.name_en,
    position: row.sort_order,
    productCount: 0,
    children: [],
  };
}

const auditView = (row: CategoryRow) => ({
  parentId: row.parent_id,
  slug: row.slug,
  name: row.name,
  nameEn: row.name_en,
  position: row.sort_order,
});

/** `slug`, or `slug-2`, `slug-3`… whichever is free. */
async function freeSlug(manager: EntityManager, slug: string): Promise<string> {
  const taken: { slug: string }[] = await manager.query(`SELECT slug FROM categories WHERE slug ~ $1`, [
    `^${slug}(-[0-9]+)?$`,
  ]);
  const used = new Set(taken.map((row) => row.slug));
  let candidate = slug;
  for (let n = 2; used.has(candidate); n++) candidate = `${slug}-${n}`;
  return candidate;
}

/**
 * Numbers a parent's children 0, 1, 2… in their present order, with `placing` (one of them, or
 * null) put at `wanted` (last when absent or past the end). Demo data and older rows may carry
 * any sort_order: they are made contiguous the first time their parent is edited.
 */
async function placeAmongSiblings(
  manager: EntityManager,
  parentId: string | null,
  placing: string | null,
  wanted: number | undefined,
): Promise<void> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM categories WHERE parent_id IS NOT DISTINCT FROM $1 AND id IS DISTINCT FROM $2
     ORDER BY sort_order, name`,
    [parentId, placing],
  );
  const order = rows.map((row) => row.id);
  if (placing) order.splice(Math.min(wanted ?? order.length, order.length), 0, placing);
  await manager.query(
    `UPDATE categories c SET sort_order = u.position - 1
     FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, position) WHERE c.id = u.id AND c.sort_order <> u.position - 1`,
    [order],
  );
}
