import type { StaffCategoryNode } from '@lumen/shared/contracts';
import type { Locale } from '@lumen/portal/core';

/** A category as one option of a select: indented by depth, in the tree's order. */
interface CategoryOption {
  id: string;
  slug: string;
  label: string;
  depth: number;
}

/** Category names follow the portal's language; a category has no French name, so French reads the English. */
export function categoryLabel(locale: Locale, category: { name: string; nameEn: string }): string {
  return locale === 'nb' ? category.name : category.nameEn;
}

/** The tree flattened depth first (siblings in their order), for a select or a move target. */
export function categoryOptions(tree: StaffCategoryNode[], locale: Locale, depth = 0): CategoryOption[] {
  return tree.flatMap((node) => [
    { id: node.id, slug: node.slug, label: categoryLabel(locale, node), depth },
    ...categoryOptions(node.children, locale, depth + 1),
  ]);
}

/** A category as a row of the tree editor: where it sits among its siblings, and what lies below it. */
export interface CategoryRow {
  node: StaffCategoryNode;
  depth: number;
  /** Its place among its siblings and how many there are, for "move up / down". */
  index: number;
  siblings: number;
  /** Itself and every category below it: never a place to move it to. */
  subtree: ReadonlySet<string>;
}

function idsOf(node: StaffCategoryNode): string[] {
  return [node.id, ...node.children.flatMap(idsOf)];
}

export function categoryRows(tree: StaffCategoryNode[], depth = 0): CategoryRow[] {
  return tree.flatMap((node, index) => [
    { node, depth, index, siblings: tree.length, subtree: new Set(idsOf(node)) },
    ...categoryRows(node.children, depth + 1),
  ]);
}
