import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { DELIVERY_COUNTRIES, type DeliveryCountry } from '@lumen/shared/contracts';
import { isValidPostalCode } from '@lumen/shared/domain';

/**
 * A postcode in the format of the sibling `country` control (the API's rule, from the domain):
 * the error is named as the API's detail code, so one text serves both. The page re-runs it
 * when the country changes (`control.updateValueAndValidity()`).
 */
export const postalCodeOfCountry: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const country = control.parent?.get('country')?.value as unknown;
  const value = typeof control.value === 'string' ? control.value : '';
  if (!value.trim() || !(DELIVERY_COUNTRIES as readonly unknown[]).includes(country)) return null;
  return isValidPostalCode(value, country as DeliveryCountry) ? null : { postalCodeOfCountry: true };
};
