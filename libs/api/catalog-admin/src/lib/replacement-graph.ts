import type { ReplacementGraph, ReplacementNode } from '@lumen/shared/domain';
import type { GraphRow } from './staff-product-read.query';

/** The replacement graph as it will be: the catalog's rows near a change, with the change laid over them. */
export function graphAfter(
  rows: readonly GraphRow[],
  changes: Iterable<ReplacementNode & { sku: string }>,
): ReplacementGraph {
  const nodes = new Map<string, ReplacementNode>(
    rows.map((row) => [row.sku, { lifecycle: row.lifecycle, replacementSku: row.replacement_sku }]),
  );
  for (const change of changes)
    nodes.set(change.sku, { lifecycle: change.lifecycle, replacementSku: change.replacementSku });
  const pointing = new Map<string, string[]>();
  for (const [sku, node] of nodes)
    if (node.replacementSku !== null) {
      const others = pointing.get(node.replacementSku);
      if (others) others.push(sku);
      else pointing.set(node.replacementSku, [sku]);
    }
  return { node: (sku) => nodes.get(sku), pointingAt: (sku) => pointing.get(sku) ?? [] };
}
