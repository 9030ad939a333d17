import { isValidDiscountPercent } from '@lumen/shared/domain';
import { IsNumber, ValidateBy } from 'class-validator';

/**
 * 0 ≤ p < 100 with at most two decimals: exactly what the price rule accepts, for tier
 * discounts and a quote line's discount alike. (class-validator's `maxDecimalPlaces` crashed on
 * numbers it prints in exponent form, such as 1e-7: a 500 the fuzzer found.)
 */
export const DiscountPercent = (): PropertyDecorator => (target, key) => {
  IsNumber({ allowNaN: false, allowInfinity: false })(target, key);
  ValidateBy(
    {
      name: 'discountPercent',
      validator: { validate: (value: unknown) => typeof value === 'number' && isValidDiscountPercent(value) },
    },
    { message: '$property must be a percentage from 0 to below 100, with at most two decimals' },
  )(target, key);
};
