import { retryAfterSeconds } from './login-throttle';

describe('login throttle', () => {
  const now = new Date('2026-11-22T14:00:00.000Z');

  it('answers the whole seconds left, rounded up so a client waiting that long is not early', () => {
    expect(retryAfterSeconds(new Date('2026-11-22T14:15:00.000Z'), now)).toBe(900);
    expect(retryAfterSeconds(new Date('2026-11-22T14:00:00.001Z'), now)).toBe(1);
    expect(retryAfterSeconds(new Date('2026-11-22T14:00:01.200Z'), now)).toBe(2);
  });

  it('never asks for a retry in 0 seconds, even when the lock ended a moment ago', () => {
    expect(retryAfterSeconds(now, now)).toBe(1);
    expect(retryAfterSeconds(new Date('2026-11-22T13:59:59.000Z'), now)).toBe(1);
  });
});
