import { HttpContext, HttpContextToken } from '@angular/common/http';

/**
 * Marks requests the auth interceptor must leave alone: login, registration, refresh and the
 * other calls made without a session, whose 401 means "wrong credentials", not "token expired".
 */
export const WITHOUT_SESSION = new HttpContextToken<boolean>(() => false);

export const withoutSession = (): HttpContext => new HttpContext().set(WITHOUT_SESSION, true);
