import {
  DELIVERY_COUNTRIES,
  type DeliveryCountry,
  isValidOrganisationNumber,
  isValidPostalCode,
  postalCodeExample,
} from '@lumen/shared/domain';
import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A Norwegian organisation number with a valid MOD11 check digit. */
export function IsOrganisationNumber(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'organisationNumber',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: '$property must be a valid Norwegian organisation number (9 digits, MOD11)',
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidOrganisationNumber(value),
      },
    });
}

/**
 * A postcode in the format of the country named by the object's `country` (Norway 4 digits,
 * Sweden 5, …). An unknown country is `country`'s own error, so this one stays quiet then.
 */
export function IsPostalCodeOfCountry(options?: ValidationOptions): PropertyDecorator {
  const countryOf = (object: object): DeliveryCountry | null => {
    const country = (object as { country?: unknown }).country;
    return (DELIVERY_COUNTRIES as readonly unknown[]).includes(country) ? (country as DeliveryCountry) : null;
  };
  return (target, propertyName) =>
    registerDecorator({
      name: 'postalCodeOfCountry',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: ({ object }) => {
          const country = countryOf(object);
          return `$property is not a postcode of ${country} (e.g. ${country ? postalCodeExample(country) : ''})`;
        },
        ...options,
      },
      validator: {
        validate: (value: unknown, args) => {
          const country = args ? countryOf(args.object) : null;
          return country === null || (typeof value === 'string' && isValidPostalCode(value, country));
        },
      },
    });
}

/** Trims and lower-cases an e-mail so that logins and uniqueness ignore case. */
export const NormaliseEmail = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

/** Trims surrounding white space from a text field. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
