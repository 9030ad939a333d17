import { LIGHTING_LIMITS } from './lighting-limits';

/**
 * The rules a product must keep (PRODUCT.md §3, §16), once for the editor, the import and the
 * database's CHECKs (libs/api/database migrations 1763810000000-Catalog, which mirror them).
 */

/** An article number as stored: upper case, digits and `-`, 2–32 characters (`LT-10423`). */
const SKU_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
/** `IP44`, `IP65`, `IPX4`, `IP69K`. */
const IP_RATING_PATTERN = /^IP[0-9X][0-9X]K?$/;

/** The ranges of a product's numbers, inclusive; lighting data as the search filters take them. */
export const PRODUCT_LIMITS = {
  /** kr 100,000,000.00: far above any luminaire, far below bigint. */
  listPriceOre: { min: 0, max: 10_000_000_000 },
  wattage: LIGHTING_LIMITS.wattage,
  lumen: LIGHTING_LIMITS.luminousFluxLm,
  colourTemperatureK: LIGHTING_LIMITS.colourTemperatureK,
  cri: LIGHTING_LIMITS.cri,
  beamAngle: { min: 1, max: 360 },
} as const;

/** Longest texts, in characters. */
export const PRODUCT_TEXT_MAX = {
  name: 200,
  brand: 100,
  description: 5_000,
  keywords: 1_000,
} as const;

/** The one stock status that carries a date (the supplier's confirmed delivery). */
export const STOCK_STATUS_WITH_DATE = 'supplier_date_confirmed';

type ProductLifecycleValue = 'active' | 'end_of_life';

/** A product's fields as the rules see them (its category is the API's to check). */
export interface ProductDraft {
  sku: string;
  name: string;
  description: string;
  keywords: string;
  brand: string;
  listPriceOre: number;
  wattage: number | null;
  lumen: number | null;
  colourTemperatureK: number | null;
  cri: number | null;
  ipRating: string | null;
  beamAngle: number | null;
  stockStatus: string;
  stockDate: string | null;
  lifecycle: ProductLifecycleValue;
  replacementSku: string | null;
}

export type ProductRuleCode =
  | 'required'
  | 'invalid_sku'
  | 'too_long'
  | 'out_of_range'
  | 'not_whole'
  | 'invalid_value'
  | 'stock_date_mismatch'
  | 'replacement_not_end_of_life';

export interface ProductFieldProblem {
  field: keyof ProductDraft;
  code: ProductRuleCode;
  message: string;
}

type RangedField = keyof typeof PRODUCT_LIMITS;
/** Fields stored as integers (wattage keeps one decimal). */
const WHOLE: ReadonlySet<RangedField> = new Set(['listPriceOre', 'lumen', 'colourTemperatureK', 'cri', 'beamAngle']);

// Read once: an import judges 100,000 drafts, and listing the fields per draft was its largest JS cost.
const TEXT_MAX_ENTRIES = Object.entries(PRODUCT_TEXT_MAX) as [keyof typeof PRODUCT_TEXT_MAX, number][];
const LIMIT_ENTRIES = Object.entries(PRODUCT_LIMITS) as [RangedField, { min: number; max: number }][];

/** Every rule a single product breaks, field by field; [] when it keeps them all. */
export function productDraftProblems(draft: ProductDraft): ProductFieldProblem[] {
  const problems: ProductFieldProblem[] = [];
  const add = (field: keyof ProductDraft, code: ProductRuleCode, message: string) =>
    problems.push({ field, code, message });

  if (!SKU_PATTERN.test(draft.sku))
    add('sku', 'invalid_sku', `Article number "${draft.sku}" must be 2–32 characters of A–Z, 0–9 and -`);
  for (const field of ['name', 'brand'] as const)
    if (draft[field].trim() === '') add(field, 'required', `${field} must not be empty`);
  for (const [field, max] of TEXT_MAX_ENTRIES)
    if (draft[field].length > max) add(field, 'too_long', `${field} is longer than ${max} characters`);
  for (const [field, { min, max }] of LIMIT_ENTRIES) {
    const value = draft[field];
    if (value === null) continue;
    if (!Number.isFinite(value) || value < min || value > max)
      add(field, 'out_of_range', `${field} must be between ${min} and ${max}`);
    else if (WHOLE.has(field) && !Number.isInteger(value)) add(field, 'not_whole', `${field} must be a whole number`);
    else if (Math.abs(value * 10 - Math.round(value * 10)) > 1e-6)
      add(field, 'not_whole', `${field} takes one decimal at most`);
  }
  if (draft.ipRating !== null && !IP_RATING_PATTERN.test(draft.ipRating))
    add('ipRating', 'invalid_value', `IP rating "${draft.ipRating}" must look like IP44, IPX4 or IP69K`);
  if ((draft.stockStatus === STOCK_STATUS_WITH_DATE) !== (draft.stockDate !== null))
    add(
      'stockDate',
      'stock_date_mismatch',
      draft.stockDate === null
        ? `A confirmed supplier date needs the date`
        : `Only ${STOCK_STATUS_WITH_DATE} carries an expected date`,
    );
  if (draft.replacementSku !== null && draft.lifecycle !== 'end_of_life')
    add('replacementSku', 'replacement_not_end_of_life', 'Only an end-of-life product has a replacement');
  return problems;
}

// ---------------------------------------------------------------------------------------
// The replacement graph

/** A product's place in the replacement graph, as it will be once the change is made. */
export interface ReplacementNode {
  lifecycle: ProductLifecycleValue;
  replacementSku: string | null;
}

type ReplacementProblemCode =
  'replacement_not_found' | 'replacement_not_active' | 'replacement_cycle' | 'replacement_in_use';

export interface ReplacementProblem {
  code: ReplacementProblemCode;
  message: string;
}

/**
 * The catalog as it will be after a change: `node(sku)` the product (undefined if none),
 * `pointingAt(sku)` the end-of-life products whose replacement it is.
 */
export interface ReplacementGraph {
  node(sku: string): ReplacementNode | undefined;
  pointingAt(sku: string): readonly string[];
}

/** How many steps of a chain are walked to tell a cycle from a chain to an end-of-life product. */
const CHAIN_LIMIT = 1_000;

/**
 * Checks the products a change touches against the graph as it will be: a replacement must
 * exist and be active, so no chain ever leads to an end-of-life product and no chain loops
 * (a loop is named as such: A → B → A, both end-of-life). A product others point at cannot
 * become end-of-life: they would point at a product no one can order. One problem per product.
 */
export function replacementProblems(
  graph: ReplacementGraph,
  changed: Iterable<string>,
): Map<string, ReplacementProblem> {
  const problems = new Map<string, ReplacementProblem>();
  for (const sku of changed) {
    const node = graph.node(sku);
    if (!node || node.lifecycle !== 'end_of_life') continue;
    const own = ownReplacementProblem(graph, sku, node.replacementSku);
    if (own) {
      problems.set(sku, own);
      continue;
    }
    const dependants = graph.pointingAt(sku).filter((other) => other !== sku);
    if (dependants.length > 0)
      problems.set(sku, {
        code: 'replacement_in_use',
        message: `${sku} is the replacement of ${dependants.slice(0, 3).join(', ')}${dependants.length > 3 ? ` and ${dependants.length - 3} more` : ''}: give them another replacement first`,
      });
  }
  return problems;
}

function ownReplacementProblem(
  graph: ReplacementGraph,
  sku: string,
  replacementSku: string | null,
): ReplacementProblem | null {
  if (replacementSku === null) return null;
  if (replacementSku === sku) return { code: 'replacement_cycle', message: `${sku} cannot be its own replacement` };
  const target = graph.node(replacementSku);
  if (!target) return { code: 'replacement_not_found', message: `Replacement ${replacementSku} is not in the catalog` };
  if (target.lifecycle === 'active') return null;
  const seen = [sku, replacementSku];
  for (let next = target.replacementSku, steps = 0; next !== null && steps < CHAIN_LIMIT; steps++) {
    if (next === sku) return { code: 'replacement_cycle', message: `Replacements loop: ${[...seen, sku].join(' → ')}` };
    if (seen.includes(next)) break;
    seen.push(next);
    next = graph.node(next)?.replacementSku ?? null;
  }
  return { code: 'replacement_not_active', message: `Replacement ${replacementSku} is end-of-life itself` };
}
