import { isValidOrganisationNumber } from '@lumen/shared/domain';
import { SellerConfigError, sellerDetailsFrom } from '../index';

describe('sellerDetailsFrom', () => {
  it('defaults to a demo seller whose numbers pass their check digits', () => {
    const seller = sellerDetailsFrom({});
    expect(seller.legalName).toBe('Lumen Trade AS');
    expect(isValidOrganisationNumber(seller.organisationNumber)).toBe(true);
    expect(seller.bankAccount).toEqual({ bban: '12345678903', iban: 'NO7112345678903', bic: 'DNBANOKK' });
  });

  it('takes each LUMEN_SELLER_* variable over its default, in the usual written forms', () => {
    const seller = sellerDetailsFrom({
      LUMEN_SELLER_LEGAL_NAME: 'Lys og Lampe AS',
      LUMEN_SELLER_ORG_NUMBER: '923 609 016',
      LUMEN_SELLER_BANK_ACCOUNT: '1503.20.80119',
      LUMEN_SELLER_IBAN: 'NO50 1503 2080 119',
      LUMEN_SELLER_CITY: ' Bergen ',
      LUMEN_SELLER_EMAIL: '',
    });
    expect(seller).toMatchObject({
      legalName: 'Lys og Lampe AS',
      organisationNumber: '923609016',
      bankAccount: { bban: '15032080119', iban: 'NO5015032080119' },
      address: { city: 'Bergen' },
      email: 'faktura@lumen.test',
    });
  });

  it('stops with the name of a variable whose value is wrong', () => {
    expect(() => sellerDetailsFrom({ LUMEN_SELLER_ORG_NUMBER: '123456789' })).toThrow(
      new SellerConfigError(
        'LUMEN_SELLER_ORG_NUMBER must be a valid organisation number (9 digits, MOD11), got "123456789"',
      ),
    );
    expect(() => sellerDetailsFrom({ LUMEN_SELLER_BANK_ACCOUNT: '12345678904' })).toThrow(/LUMEN_SELLER_BANK_ACCOUNT/);
    expect(() => sellerDetailsFrom({ LUMEN_SELLER_IBAN: 'NO7212345678903' })).toThrow(/LUMEN_SELLER_IBAN/);
    expect(() => sellerDetailsFrom({ LUMEN_SELLER_BIC: 'DNB' })).toThrow(/LUMEN_SELLER_BIC/);
    expect(() => sellerDetailsFrom({ LUMEN_SELLER_POSTAL_CODE: '150' })).toThrow(/LUMEN_SELLER_POSTAL_CODE/);
    expect(() => sellerDetailsFrom({ LUMEN_SELLER_EMAIL: 'faktura' })).toThrow(/LUMEN_SELLER_EMAIL/);
  });
});
