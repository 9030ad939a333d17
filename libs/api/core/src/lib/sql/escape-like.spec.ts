import { escapeLike } from './escape-like';

describe('escapeLike', () => {
  it('escapes %, _ and the escape character itself', () => {
    expect(escapeLike('10%_a\\b')).toBe('10\\%\\_a\\\\b');
  });

  it('leaves every other character as it is', () => {
    expect(escapeLike('SØK-Alfa 7781 (x)*')).toBe('SØK-Alfa 7781 (x)*');
  });
});
