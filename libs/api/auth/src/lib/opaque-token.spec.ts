import {
  newOpaqueToken,
  parseOpaqueToken,
  secretMatches,
} from './opaque-token';

describe('opaque tokens', () => {
  it('round-trips and matches only its own secret', () => {
    const secretOf = (token: { id: string; token: string }) =>
      token.token.slice(token.id.length + 1);
    const token = newOpaqueToken();
    expect(parseOpaqueToken(token.token)).toEqual({
      id: token.id,
      secret: secretOf(token),
    });
    expect(secretMatches(secretOf(token), token.hash)).toBe(true);
    expect(secretMatches(secretOf(newOpaqueToken()), token.hash)).toBe(false);
  });

  it('refuses malformed tokens', () => {
    expect(parseOpaqueToken('nope')).toBeNull();
    expect(parseOpaqueToken(`${newOpaqueToken().id}.short`)).toBeNull();
  });
});
