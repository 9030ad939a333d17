import {
  isValidOrganisationNumber,
  normaliseOrganisationNumber,
} from './organisation-number';

describe('organisation number', () => {
  it.each(['923609016', '974760673', '981566378'])(
    'accepts the issued number %s',
    (n) => {
      expect(isValidOrganisationNumber(n)).toBe(true);
    },
  );

  it('rejects a wrong check digit', () => {
    expect(isValidOrganisationNumber('923609017')).toBe(false);
  });

  it('rejects numbers whose check digit would be 10', () => {
    // 4xxxxxxxx: weighted sum 12, remainder 1, so the check digit would have to be 10.
    expect(isValidOrganisationNumber('400000000')).toBe(false);
    expect(isValidOrganisationNumber('400000001')).toBe(false);
  });

  it('rejects anything but nine digits', () => {
    expect(isValidOrganisationNumber('92360901')).toBe(false);
    expect(isValidOrganisationNumber('9236090160')).toBe(false);
    expect(isValidOrganisationNumber('92360901a')).toBe(false);
  });

  it('normalises written forms', () => {
    expect(normaliseOrganisationNumber('NO 923 609 016 MVA')).toBe('923609016');
    expect(normaliseOrganisationNumber('923.609.016')).toBe('923609016');
  });
});
