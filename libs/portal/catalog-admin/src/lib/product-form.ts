import { FormControl, FormGroup, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';
import type {
  CreateProductRequest,
  LightingData,
  ProductLifecycle,
  StaffProduct,
  StockStatus,
  UpdateProductRequest,
} from '@lumen/shared/contracts';
import {
  type ProductDraft,
  type ProductRuleCode,
  STOCK_STATUS_WITH_DATE,
  normaliseSku,
  productDraftProblems,
} from '@lumen/shared/domain';

/** Dimmable is yes, no or not known (null in the contract). */
export type Dimmable = '' | 'yes' | 'no';

/** Where each field of the domain's draft sits in the form. */
const CONTROL_OF: Record<keyof ProductDraft, string> = {
  sku: 'sku',
  name: 'name',
  description: 'description',
  keywords: 'keywords',
  brand: 'brand',
  listPriceOre: 'listPrice',
  wattage: 'lighting.wattage',
  lumen: 'lighting.lumen',
  colourTemperatureK: 'lighting.colourTemperatureK',
  cri: 'lighting.cri',
  ipRating: 'lighting.ipRating',
  beamAngle: 'lighting.beamAngle',
  stockStatus: 'stockStatus',
  stockDate: 'stockDate',
  lifecycle: 'lifecycle',
  replacementSku: 'replacementSku',
};
/** The rules' own codes; `required` is left to Angular's validator on the same fields. */
const RULE_CODES: readonly ProductRuleCode[] = [
  'invalid_sku',
  'too_long',
  'out_of_range',
  'not_whole',
  'invalid_value',
  'stock_date_mismatch',
  'replacement_not_end_of_life',
];

/** Kroner as øre; a third decimal stays a fraction, so the rules call it "not whole". */
function oreOf(kroner: number | null): number {
  if (kroner === null) return 0;
  const ore = kroner * 100;
  return Math.abs(ore - Math.round(ore)) < 1e-6 ? Math.round(ore) : ore;
}

/** The form as the domain's rules read a product, with only the date and replacement that apply. */
function draftOf(value: ProductFormValue): ProductDraft {
  const lighting = lightingOf(value.lighting);
  return {
    sku: normaliseSku(value.sku),
    name: value.name,
    description: value.description,
    keywords: value.keywords,
    brand: value.brand,
    listPriceOre: oreOf(value.listPrice),
    wattage: lighting.wattage,
    lumen: lighting.lumen,
    colourTemperatureK: lighting.colourTemperatureK,
    cri: lighting.cri,
    ipRating: lighting.ipRating,
    beamAngle: lighting.beamAngle,
    stockStatus: value.stockStatus,
    stockDate: stockDateOf(value),
    lifecycle: value.lifecycle,
    replacementSku: replacementOf(value),
  };
}

/**
 * The domain's rules (`productDraftProblems`, the ones the API and the import apply), put on
 * the fields they name as errors named by the rule's code, so the field says why before the
 * form is sent. On the group: a change of status re-checks the date.
 */
const productRules: ValidatorFn = (group) => {
  const problems = productDraftProblems(draftOf((group as ProductForm).getRawValue()));
  for (const [field, path] of Object.entries(CONTROL_OF) as [keyof ProductDraft, string][]) {
    const control = group.get(path);
    if (!control || control.disabled) continue;
    const kept = Object.fromEntries(
      Object.entries(control.errors ?? {}).filter(([name]) => !(RULE_CODES as readonly string[]).includes(name)),
    );
    const broken = problems.find((problem) => problem.field === field && problem.code !== 'required');
    const errors: ValidationErrors = broken ? { ...kept, [broken.code]: true } : kept;
    if (JSON.stringify(errors) !== JSON.stringify(control.errors ?? {}))
      control.setErrors(Object.keys(errors).length ? errors : null);
  }
  return null;
};

const optionalNumber = () => new FormControl<number | null>(null);

/** The editor's form: every field of PRODUCT.md §3, with the API's rules checked before sending. */
export function productForm() {
  return new FormGroup(
    {
      sku: new FormControl('', { nonNullable: true, validators: Validators.required }),
      name: new FormControl('', { nonNullable: true, validators: Validators.required }),
      description: new FormControl('', { nonNullable: true }),
      /** Words separated by spaces or commas. */
      keywords: new FormControl('', { nonNullable: true }),
      categoryId: new FormControl('', { nonNullable: true, validators: Validators.required }),
      brand: new FormControl('', { nonNullable: true, validators: Validators.required }),
      /** Kroner excl. VAT with two decimals; the API takes øre. */
      listPrice: new FormControl<number | null>(null, Validators.required),
      lighting: new FormGroup({
        wattage: optionalNumber(),
        lumen: optionalNumber(),
        colourTemperatureK: optionalNumber(),
        cri: optionalNumber(),
        ipRating: new FormControl('', { nonNullable: true }),
        beamAngle: optionalNumber(),
        dimmable: new FormControl<Dimmable>('', { nonNullable: true }),
      }),
      stockStatus: new FormControl<StockStatus>('in_stock', { nonNullable: true }),
      stockDate: new FormControl('', { nonNullable: true }),
      bulky: new FormControl(false, { nonNullable: true }),
      netPriced: new FormControl(false, { nonNullable: true }),
      lifecycle: new FormControl<ProductLifecycle>('active', { nonNullable: true }),
      replacementSku: new FormControl('', { nonNullable: true }),
    },
    { validators: productRules },
  );
}

type ProductForm = ReturnType<typeof productForm>;
type ProductFormValue = ReturnType<ProductForm['getRawValue']>;

/** The API names the price in øre; the form asks for kroner. */
export const PRODUCT_FIELD_MAP: Record<string, string> = { listPriceOre: 'listPrice' };

/** What the form shows for a stored product. */
export function formValueOf(product: StaffProduct): ProductFormValue {
  const { lighting } = product;
  return {
    sku: product.sku,
    name: product.name,
    description: product.description,
    keywords: product.keywords.join(' '),
    categoryId: product.category.id,
    brand: product.brand,
    listPrice: product.listPriceOre / 100,
    lighting: {
      wattage: lighting.wattage,
      lumen: lighting.lumen,
      colourTemperatureK: lighting.colourTemperatureK,
      cri: lighting.cri,
      ipRating: lighting.ipRating ?? '',
      beamAngle: lighting.beamAngle,
      dimmable: lighting.dimmable === null ? '' : lighting.dimmable ? 'yes' : 'no',
    },
    stockStatus: product.stockStatus,
    stockDate: product.stockDate ?? '',
    bulky: product.bulky,
    netPriced: product.netPriced,
    lifecycle: product.lifecycle,
    replacementSku: product.replacementSku ?? '',
  };
}

function lightingOf(value: ProductFormValue['lighting']): LightingData {
  return {
    wattage: value.wattage,
    lumen: value.lumen,
    colourTemperatureK: value.colourTemperatureK,
    cri: value.cri,
    ipRating: value.ipRating.trim().toUpperCase() || null,
    beamAngle: value.beamAngle,
    dimmable: value.dimmable === '' ? null : value.dimmable === 'yes',
  };
}

/** Every editable field as the API takes it; the date and the replacement only where they apply. */
function stockDateOf(value: ProductFormValue): string | null {
  return value.stockStatus === STOCK_STATUS_WITH_DATE ? value.stockDate || null : null;
}

function replacementOf(value: ProductFormValue): string | null {
  return value.lifecycle === 'end_of_life' && value.replacementSku.trim() ? normaliseSku(value.replacementSku) : null;
}

function fieldsOf(value: ProductFormValue): Required<Omit<UpdateProductRequest, 'version'>> {
  return {
    name: value.name.trim(),
    description: value.description.trim(),
    keywords: value.keywords.split(/[\s,;]+/).filter(Boolean),
    categoryId: value.categoryId,
    brand: value.brand.trim(),
    listPriceOre: oreOf(value.listPrice),
    lighting: lightingOf(value.lighting),
    stockStatus: value.stockStatus,
    stockDate: stockDateOf(value),
    bulky: value.bulky,
    netPriced: value.netPriced,
    lifecycle: value.lifecycle,
    replacementSku: replacementOf(value),
  };
}

export function createRequestOf(value: ProductFormValue): CreateProductRequest {
  return { sku: normaliseSku(value.sku), ...fieldsOf(value) };
}

/** Only what differs from `product`, with its version so a stale edit is refused, not lost. */
export function updateRequestOf(product: StaffProduct, value: ProductFormValue): UpdateProductRequest {
  const before = fieldsOf(formValueOf(product));
  const after = fieldsOf(value);
  const request: UpdateProductRequest = { version: product.version };
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) Object.assign(request, { [key]: after[key] });
  }
  return request;
}
