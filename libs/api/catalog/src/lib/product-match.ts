import { AppError, escapeLike } from '@lumen/api/core';
import type { ProductSort } from '@lumen/shared/contracts';
import type { ProductQueryDto } from './dto/product-query.dto';
import type { PriceAudience } from './price-audience';
import { tierParameter } from './product-row';

/** Collects positional parameters while a query is assembled: `add(v)` returns `$n`. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The customer's effective unit price, for ordering only; displayed prices come from the domain rule. */
const EFFECTIVE_PRICE_SQL = `CASE WHEN p.net_priced THEN p.list_price_ore
  ELSE p.list_price_ore * (100 - page_tier.discount) END`;

/**
 * A search as SQL parts: `matchesSql` selects the matching products' sort keys from
 * `products p`; `orderBySql` ranks them (it may use `page_tier.discount`); `tierParam` is
 * the placeholder of the caller's tier. `cacheKey` names the ranking: equal keys, equal order.
 */
export interface ProductMatch {
  params: Params;
  tierParam: string;
  matchesSql: string;
  orderBySql: string;
  cacheKey: string;
  /** The search's words as typed (lower case), for the typo fallback; [] without `q`. */
  words: string[];
  /** `matchesSql` with each word's LIKE pattern given by `patternOf(i)` and no SKU prefix: the corrected search. */
  matchesWithWords(patternOf: (index: number) => string): string;
}

/** Only the sort keys are selected; a page's rows are read in full afterwards. */
const matchesOf = (
  where: readonly string[],
) => `SELECT p.id, p.sku, p.name, p.list_price_ore, p.net_priced FROM products p
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;

export function buildProductMatch(query: ProductQueryDto, audience: PriceAudience): ProductMatch {
  const q = (query.q ?? '').replace(/\s+/g, ' ').trim();
  const sort: ProductSort = query.sort ?? (q ? 'relevance' : 'name');
  const byPrice = sort === 'price_asc' || sort === 'price_desc';
  if (byPrice && audience === null)
    throw AppError.invalidField('sort', 'login_required', 'Log in as a business customer to sort by price');

  const params = new Params();
  const tier = params.add(tierParameter(audience));
  const where: string[] = [];
  let relevance = 'p.name, p.sku';
  const words = q ? q.toLowerCase().split(' ') : [];
  const termsOf = (patternOf: (index: number) => string) =>
    words.map((_, index) => `p.search_text LIKE ${patternOf(index)}`).join(' AND ');
  if (q) {
    const upper = q.toUpperCase();
    const skuPrefix = params.add(`${escapeLike(upper)}%`);
    const patterns = words.map((word) => params.add(`%${escapeLike(word)}%`));
    where.push(`(p.sku LIKE ${skuPrefix} OR (${termsOf((index) => patterns[index])}))`);
    // Exact article number first, then SKU prefix, then names that start with the text.
    if (sort === 'relevance')
      relevance = `p.sku = ${params.add(upper)} DESC, p.sku LIKE ${skuPrefix} DESC,
        p.name ILIKE ${params.add(`${escapeLike(q)}%`)} DESC, p.name, p.sku`;
  }
  if (query.category)
    where.push(`p.category_id IN (
      WITH RECURSIVE subtree AS (
        SELECT id FROM categories WHERE slug = ${params.add(query.category)}
        UNION ALL SELECT child.id FROM categories child JOIN subtree ON child.parent_id = subtree.id)
      SELECT id FROM subtree)`);
  if (query.minWattage !== undefined) where.push(`p.wattage >= ${params.add(query.minWattage)}`);
  if (query.maxWattage !== undefined) where.push(`p.wattage <= ${params.add(query.maxWattage)}`);
  if (query.minLumen !== undefined) where.push(`p.lumen >= ${params.add(query.minLumen)}`);
  if (query.maxLumen !== undefined) where.push(`p.lumen <= ${params.add(query.maxLumen)}`);
  if (query.colourTemperatureK !== undefined)
    where.push(`p.colour_temperature_k = ${params.add(query.colourTemperatureK)}`);
  if (query.minCri !== undefined) where.push(`p.cri >= ${params.add(query.minCri)}`);
  if (query.ipRating) {
    // "At least IP44": both digits at least as high (solids, then water).
    const solids = params.add(query.ipRating[2]);
    const water = params.add(query.ipRating[3]);
    where.push(
      `substr(p.ip_rating, 3, 1) BETWEEN ${solids} AND '9' AND substr(p.ip_rating, 4, 1) BETWEEN ${water} AND '9'`,
    );
  }
  if (query.dimmable !== undefined) where.push(`p.dimmable = ${params.add(query.dimmable)}`);
  if (query.stockStatus) where.push(`p.stock_status = ${params.add(query.stockStatus)}`);
  if (query.includeEndOfLife === false) where.push(`p.lifecycle = 'active'`);

  const orderBy: Record<ProductSort, string> = {
    relevance,
    name: 'p.name, p.sku',
    sku: 'p.sku',
    price_asc: `${EFFECTIVE_PRICE_SQL}, p.sku`,
    price_desc: `${EFFECTIVE_PRICE_SQL} DESC, p.sku`,
  };
  const matchesSql = matchesOf(where);
  // The filters without the text condition (always the first, when there is one).
  const filters = q ? where.slice(1) : where;
  const criteria = Object.entries({ ...query, q, sort })
    .filter(([key, value]) => key !== 'page' && key !== 'pageSize' && value !== undefined && value !== '')
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const cacheKey = JSON.stringify([
    criteria,
    // Only a price order depends on the tier.
    byPrice ? tierParameter(audience) : null,
  ]);
  return {
    params,
    tierParam: tier,
    matchesSql,
    orderBySql: orderBy[sort],
    cacheKey,
    words,
    matchesWithWords: (patternOf) => matchesOf([`(${termsOf(patternOf)})`, ...filters]),
  };
}
