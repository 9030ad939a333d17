import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('needs at least 10 characters', () => {
    expect(passwordProblem('123456789')).toBe('too_short');
    expect(passwordProblem('1234567890')).toBeNull();
  });

  it('caps the length', () => {
    expect(passwordProblem('x'.repeat(201))).toBe('too_long');
  });
});
