import {
  type AbstractControl,
  FormControl,
  FormGroup,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  isValidOrganisationNumber,
  normaliseOrganisationNumber,
} from '@lumen/shared/domain';

/** The API's MOD11 check, run before sending so the user hears about a typo at once. */
export const organisationNumberValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value = String(control.value ?? '');
  if (!value) return null;
  return isValidOrganisationNumber(normaliseOrganisationNumber(value)) ? null : { organisationNumber: true };
};

/**
 * For the "repeat the password" field: equal to its sibling control. `NewPasswordFields`
 * re-checks it when the sibling changes, so editing either field updates the error.
 */
function sameAs(sibling: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const other = control.parent?.get(sibling);
    if (!other || !control.value) return null;
    return other.value === control.value ? null : { passwordMismatch: true };
  };
}

export type NewPasswordGroup = FormGroup<{ password: FormControl<string>; confirm: FormControl<string> }>;

/** A new password and its repetition, with the API's length rules. */
export function newPasswordGroup(): NewPasswordGroup {
  return new FormGroup({
    password: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    }),
    confirm: new FormControl('', { nonNullable: true, validators: [Validators.required, sameAs('password')] }),
  });
}
