import { FormControl, FormGroup } from '@angular/forms';
import { postalCodeOfCountry } from './postal-code.validator';

describe('postalCodeOfCountry', () => {
  const address = (postalCode: string, country: string) => {
    const form = new FormGroup({ postalCode: new FormControl(postalCode, postalCodeOfCountry), country: new FormControl(country) });
    // A control has no parent while it is built: the form checks it once it stands.
    form.controls.postalCode.updateValueAndValidity();
    return form;
  };

  it('checks the postcode against the chosen country, again when the country changes', () => {
    expect(address('0150', 'NO').controls.postalCode.errors).toBeNull();
    expect(address('X / 12 / Y', 'NO').controls.postalCode.errors).toEqual({ postalCodeOfCountry: true });
    const form = address('111 22', 'SE');
    expect(form.controls.postalCode.errors).toBeNull();
    form.controls.country.setValue('NO');
    form.controls.postalCode.updateValueAndValidity();
    expect(form.controls.postalCode.errors).toEqual({ postalCodeOfCountry: true });
  });

  it('leaves an empty postcode to `required`', () => {
    expect(address('', 'NO').controls.postalCode.errors).toBeNull();
  });
});
