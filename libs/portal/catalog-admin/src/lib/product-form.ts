import {
  type AbstractControl,
  FormControl,
  FormGroup,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import type {
  CreateProductRequest,
  LightingData,
  ProductLifecycle,
  StaffProduct,
  StockStatus,
  UpdateProductRequest,
} from '@lumen/shared/contracts';
import { LIGHTING_LIMITS, normaliseSku } from '@lumen/shared/domain';

/** Dimmable is yes, no or not known (null in the contract). */
export type Dimmable = '' | 'yes' | 'no';

/** SKU as the import documents it: A–Z, 0–9 and -, 2–32 characters, compared upper-case. */
const SKU_FORMAT = /^[A-Z0-9-]{2,32}$/;
const IP_RATING_FORMAT = /^IP[0-9X][0-9X]$/;
export const BEAM_ANGLE_LIMITS = { min: 1, max: 360 } as const;
/** Øre are a JavaScript safe integer; anything larger is not a price. */
const PRICE_LIMITS = { min: 0, max: Math.floor(Number.MAX_SAFE_INTEGER / 100) } as const;

/** A number within `[min, max]` with at most `decimals` decimals; empty passes (the field is optional). */
export function rangeValidator(limits: { min: number; max: number }, decimals = 0): ValidatorFn {
  return (control: AbstractControl<number | null>): ValidationErrors | null => {
    const value = control.value;
    if (value === null) return null;
    const scaled = value * 10 ** decimals;
    const whole = Math.abs(scaled - Math.round(scaled)) < 1e-6;
    return value >= limits.min && value <= limits.max && whole ? null : { range: { ...limits, decimals } };
  };
}

const skuValidator: ValidatorFn = (control) =>
  !control.value || SKU_FORMAT.test(normaliseSku(String(control.value))) ? null : { sku: true };

const ipRatingValidator: ValidatorFn = (control) =>
  !control.value || IP_RATING_FORMAT.test(String(control.value).trim().toUpperCase()) ? null : { ipRating: true };

/**
 * The date is asked for exactly when the supplier confirmed one; another status sends none.
 * On the group, so changing the status re-checks the date.
 */
const stockDateRule: ValidatorFn = (group) => {
  const date = group.get('stockDate');
  if (!date) return null;
  const missing = group.get('stockStatus')?.value === 'supplier_date_confirmed' && !date.value;
  if (missing === Boolean(date.errors?.['stockDateRequired'])) return null;
  const errors = { ...date.errors };
  delete errors['stockDateRequired'];
  date.setErrors(missing ? { ...errors, stockDateRequired: true } : Object.keys(errors).length ? errors : null);
  return null;
};

const optionalNumber = (validator: ValidatorFn) => new FormControl<number | null>(null, validator);

/** The editor's form: every field of PRODUCT.md §3, with the API's rules checked before sending. */
export function productForm() {
  return new FormGroup(
    {
      sku: new FormControl('', { nonNullable: true, validators: [Validators.required, skuValidator] }),
      name: new FormControl('', { nonNullable: true, validators: Validators.required }),
      description: new FormControl('', { nonNullable: true }),
      /** Words separated by spaces or commas. */
      keywords: new FormControl('', { nonNullable: true }),
      categoryId: new FormControl('', { nonNullable: true, validators: Validators.required }),
      brand: new FormControl('', { nonNullable: true, validators: Validators.required }),
      /** Kroner excl. VAT with two decimals; the API takes øre. */
      listPrice: new FormControl<number | null>(null, [Validators.required, rangeValidator(PRICE_LIMITS, 2)]),
      lighting: new FormGroup({
        wattage: optionalNumber(rangeValidator(LIGHTING_LIMITS.wattage, 1)),
        lumen: optionalNumber(rangeValidator(LIGHTING_LIMITS.luminousFluxLm)),
        colourTemperatureK: optionalNumber(rangeValidator(LIGHTING_LIMITS.colourTemperatureK)),
        cri: optionalNumber(rangeValidator(LIGHTING_LIMITS.cri)),
        ipRating: new FormControl('', { nonNullable: true, validators: ipRatingValidator }),
        beamAngle: optionalNumber(rangeValidator(BEAM_ANGLE_LIMITS)),
        dimmable: new FormControl<Dimmable>('', { nonNullable: true }),
      }),
      stockStatus: new FormControl<StockStatus>('in_stock', { nonNullable: true }),
      stockDate: new FormControl('', { nonNullable: true }),
      bulky: new FormControl(false, { nonNullable: true }),
      netPriced: new FormControl(false, { nonNullable: true }),
      lifecycle: new FormControl<ProductLifecycle>('active', { nonNullable: true }),
      replacementSku: new FormControl('', { nonNullable: true }),
    },
    { validators: stockDateRule },
  );
}

export type ProductForm = ReturnType<typeof productForm>;
export type ProductFormValue = ReturnType<ProductForm['getRawValue']>;

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
function fieldsOf(value: ProductFormValue): Required<Omit<UpdateProductRequest, 'version'>> {
  const endOfLife = value.lifecycle === 'end_of_life';
  return {
    name: value.name.trim(),
    description: value.description.trim(),
    keywords: value.keywords.split(/[\s,;]+/).filter(Boolean),
    categoryId: value.categoryId,
    brand: value.brand.trim(),
    listPriceOre: Math.round((value.listPrice ?? 0) * 100),
    lighting: lightingOf(value.lighting),
    stockStatus: value.stockStatus,
    stockDate: value.stockStatus === 'supplier_date_confirmed' ? value.stockDate : null,
    bulky: value.bulky,
    netPriced: value.netPriced,
    lifecycle: value.lifecycle,
    replacementSku: endOfLife && value.replacementSku ? normaliseSku(value.replacementSku) : null,
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
