import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { type AppConfig, APP_CONFIG } from '@lumen/api/core';
import { CompaniesDataModule } from '@lumen/api/companies';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { MeController } from './me.controller';
import { PasswordHasher } from './password-hasher';
import { PrincipalLoader } from './principal.loader';
import { SessionService } from './session.service';

@Module({
  imports: [
    CompaniesDataModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwt.secret,
        signOptions: {
          algorithm: 'HS256',
          issuer: config.jwt.issuer,
          audience: config.jwt.audience,
          expiresIn: config.jwt.accessTtlSeconds,
        },
        verifyOptions: {
          algorithms: ['HS256'],
          issuer: config.jwt.issuer,
          audience: config.jwt.audience,
        },
      }),
    }),
  ],
  controllers: [AuthController, MeController],
  providers: [
    AuthService,
    JwtStrategy,
    LoginThrottleService,
    PasswordHasher,
    PrincipalLoader,
    SessionService,
  ],
  exports: [AuthService, PasswordHasher, SessionService],
})
export class AuthModule {}
