import { isValidOrganisationNumber } from '@lumen/shared/domain';
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

/** Trims and lower-cases an e-mail so that logins and uniqueness ignore case. */
export const NormaliseEmail = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

/** Trims surrounding white space from a text field. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
