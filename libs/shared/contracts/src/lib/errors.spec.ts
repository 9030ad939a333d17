import { ERROR_CODES } from './errors';

describe('ERROR_CODES', () => {
  // The portal looks a code up as the key `errors.<code>`: a dot or a capital would miss it.
  it('are snake_case, each listed once', () => {
    expect(ERROR_CODES.filter((code) => !/^[a-z]+(_[a-z]+)*$/.test(code))).toEqual([]);
    expect(ERROR_CODES.filter((code, index) => ERROR_CODES.indexOf(code) !== index)).toEqual([]);
  });
});
