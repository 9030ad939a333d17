import { FormControl } from '@angular/forms';
import { safeReturnUrl } from './return-url';
import { newPasswordGroup, organisationNumberValidator } from './validators';

describe('registration and password validators', () => {
  it('accepts an organisation number with a valid MOD11 check digit, spaces allowed', () => {
    expect(organisationNumberValidator(new FormControl('923609016'))).toBeNull();
    expect(organisationNumberValidator(new FormControl('923 609 016'))).toBeNull();
    expect(organisationNumberValidator(new FormControl('923609017'))).toEqual({ organisationNumber: true });
    expect(organisationNumberValidator(new FormControl('12345'))).toEqual({ organisationNumber: true });
  });

  it('asks for 10 characters and the same password twice', () => {
    const group = newPasswordGroup();
    group.setValue({ password: 'short', confirm: 'short' });
    expect(group.controls.password.errors).toHaveProperty('minlength');
    group.setValue({ password: 'long enough now', confirm: 'long enough' });
    expect(group.controls.confirm.errors).toEqual({ passwordMismatch: true });
    group.controls.confirm.setValue('long enough now');
    expect(group.valid).toBe(true);
  });
});

describe('safeReturnUrl', () => {
  it('returns to pages of the portal only', () => {
    expect(safeReturnUrl('/orders/42?tab=lines')).toBe('/orders/42?tab=lines');
    expect(safeReturnUrl('//evil.example/login')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl(undefined)).toBe('/');
  });
});
