import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { type AppConfig, APP_CONFIG, type AuthenticatedUser } from '@lumen/api/core';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { PrincipalLoader } from './principal.loader';
import type { AccessTokenClaims } from './session.service';

/** HS256 only (no `alg: none`, no key confusion), issuer and audience checked, expiry enforced. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly principals: PrincipalLoader,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string: jsonwebtoken would otherwise try (and fail) to parse the
      // string as a PEM key on every request before treating it as a shared secret (13 % of the
      // API's CPU under load). jsonwebtoken takes KeyObjects; passport-jwt's types predate them.
      secretOrKey: createSecretKey(Buffer.from(config.jwt.secret)) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      ignoreExpiration: false,
    });
  }

  async validate(claims: AccessTokenClaims): Promise<AuthenticatedUser | false> {
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return false;
    return (await this.principals.load(claims.sub, claims.sid)) ?? false;
  }
}
