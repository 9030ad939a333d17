import {
  newOpaqueToken,
  parseOpaqueToken,
  secretMatches,
} from './opaque-token';

describe('opaque tokens', () => {
  it('round-trips and matches only its own secret', () => {
    const token = newOpaqueToken();
    const parsed = parseOpaqueToken(token.token);
    expect(parsed?.id).toBe(token.id);
    expect(secretMatches(parsed!.secret, token.hash)).toBe(true);
    expect(
      secretMatches(
        parseOpaqueToken(newOpaqueToken().token)!.secret,
        token.hash,
      ),
    ).toBe(false);
  });

  it('refuses malformed tokens', () => {
    expect(parseOpaqueToken('nope')).toBeNull();
    expect(parseOpaqueToken(`${newOpaqueToken().id}.short`)).toBeNull();
  });
});
