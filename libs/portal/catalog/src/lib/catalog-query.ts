import { FormControl, FormGroup } from '@angular/forms';
import type { ParamMap } from '@angular/router';
import { PRODUCT_SORTS, type ProductQuery, type ProductSort } from '@lumen/shared/contracts';

const PAGE_SIZE = 24;

/** The URL is the state: search, category, filters, sort and page live in the query string. */
export function queryOf(params: ParamMap): ProductQuery {
  const number = (key: string) => (params.has(key) ? Number(params.get(key)) : undefined);
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? undefined,
    category: params.get('category') ?? undefined,
    page: number('page'),
    pageSize: PAGE_SIZE,
    sort: sort && (PRODUCT_SORTS as readonly string[]).includes(sort) ? (sort as ProductSort) : undefined,
    colourTemperatureK: number('colourTemperatureK'),
    ipRating: params.get('ipRating') ?? undefined,
    minWattage: number('minWattage'),
    maxWattage: number('maxWattage'),
    dimmable: params.get('dimmable') === 'true' ? true : undefined,
    stockStatus: params.get('stockStatus') === 'in_stock' ? 'in_stock' : undefined,
    includeEndOfLife: params.get('includeEndOfLife') === 'false' ? false : undefined,
  };
}

/**
 * The search box and the filters are one form: submitting the search applies the filters as
 * they stand, and changing a filter applies the search text too.
 */
export function catalogForm() {
  return new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    colourTemperatureK: new FormControl('', { nonNullable: true }),
    ipRating: new FormControl('', { nonNullable: true }),
    minWattage: new FormControl<number | null>(null),
    maxWattage: new FormControl<number | null>(null),
    dimmable: new FormControl(false, { nonNullable: true }),
    inStock: new FormControl(false, { nonNullable: true }),
    activeOnly: new FormControl(false, { nonNullable: true }),
  });
}

export type CatalogForm = ReturnType<typeof catalogForm>;

/** The form's values for a query, so the form shows what the URL says. */
export function formValueOf(query: ProductQuery): CatalogForm['value'] {
  return {
    q: query.q ?? '',
    colourTemperatureK: query.colourTemperatureK ? String(query.colourTemperatureK) : '',
    ipRating: query.ipRating ?? '',
    minWattage: query.minWattage ?? null,
    maxWattage: query.maxWattage ?? null,
    dimmable: query.dimmable === true,
    inStock: query.stockStatus === 'in_stock',
    activeOnly: query.includeEndOfLife === false,
  };
}

/** The query-string parameters for the form's values; emptied fields leave the URL. */
export function paramsOf(value: ReturnType<CatalogForm['getRawValue']>): Record<string, string | number | null> {
  return {
    q: value.q.trim() || null,
    colourTemperatureK: value.colourTemperatureK || null,
    ipRating: value.ipRating || null,
    minWattage: value.minWattage ?? null,
    maxWattage: value.maxWattage ?? null,
    dimmable: value.dimmable ? 'true' : null,
    stockStatus: value.inStock ? 'in_stock' : null,
    includeEndOfLife: value.activeOnly ? 'false' : null,
    page: null,
  };
}
