import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';

/**
 * A required nested object, validated by its own DTO. `ValidateNested` alone lets a missing
 * object, a string or an array through unchecked — `POST /auth/register` with `{}` reached the
 * service and answered 500 — so the field must also be an object.
 */
export const Nested =
  (dto: () => new () => object): PropertyDecorator =>
  (target, key) => {
    IsObject({ message: '$property must be an object' })(target, key);
    ValidateNested()(target, key);
    Type(dto)(target, key);
  };
