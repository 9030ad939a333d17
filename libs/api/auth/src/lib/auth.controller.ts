import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ApiAnswer, ApiErrors, type AuthenticatedUser, Can, CurrentUser, Public } from '@lumen/api/core';
import type { TokenPair } from '@lumen/shared/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService } from './auth.service';
import {
  AcceptInvitationDto,
  CheckLinkDto,
  ChangePasswordDto,
  ForgotPasswordDto,
  LoginDto,
  RefreshDto,
  ResetPasswordDto,
} from './dto/credentials.dto';
import { RegisterCompanyDto } from './dto/register-company.dto';
import { LoginLockedError } from './login-throttle.service';
import type { ClientInfo } from './session.service';

// `request.ip` follows X-Forwarded-For only from the proxies in TRUSTED_PROXIES (create-app).
const clientOf = (request: FastifyRequest): ClientInfo => ({
  ip: request.ip || 'unknown',
  userAgent: request.headers['user-agent'] ?? null,
});

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('register')
  @ApiAnswer('TokenPair')
  @ApiErrors({ 409: '`email_taken`, `organisation_number_taken`: already registered (`details` names the field)' })
  @ApiOperation({
    summary: 'Register a company and its first user (company admin); logs the user in',
  })
  register(@Body() dto: RegisterCompanyDto, @Req() request: FastifyRequest): Promise<TokenPair> {
    return this.auth.register(dto, clientOf(request));
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiAnswer('TokenPair')
  @ApiErrors({
    401: '`invalid_credentials`: the e-mail or the password is wrong',
    403: '`account_deactivated`: the password is right but the company admin has deactivated the account',
  })
  @ApiOperation({
    summary: "Log in with e-mail and password; failures lock the account for the caller's address, not everywhere",
  })
  @ApiTooManyRequestsResponse({
    description:
      '`too_many_login_attempts`: this account from this address, or this address, is locked; ' +
      '`details` says which (`scope`) and until when (`lockedUntil`, `retryAfter` seconds, also the `Retry-After` header)',
  })
  async login(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<TokenPair> {
    try {
      return await this.auth.login(dto, clientOf(request));
    } catch (error) {
      if (error instanceof LoginLockedError) response.header('Retry-After', String(error.lock.retryAfter));
      throw error;
    }
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiAnswer('TokenPair')
  @ApiErrors({ 401: 'The refresh token is unknown, spent or expired, or its session has ended: log in again' })
  @ApiOperation({
    summary: 'Spend a refresh token for a new pair; a spent token ends the session',
  })
  refresh(@Body() dto: RefreshDto): Promise<TokenPair> {
    return this.auth.refresh(dto.refreshToken);
  }

  @ApiBearerAuth()
  @Can('update', 'Account')
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End the current session; its refresh token stops working' })
  logout(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.auth.logout(user);
  }

  @ApiBearerAuth()
  @Can('update', 'Account')
  @Post('password')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change the password; ends all other sessions of the user',
  })
  changePassword(@CurrentUser() user: AuthenticatedUser, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.auth.changePassword(user, dto);
  }

  @Public()
  @Post('password/forgot')
  @HttpCode(202)
  @ApiOperation({
    summary: 'E-mail a single-use reset link (valid 1 hour); answers 202 for any e-mail',
  })
  forgotPassword(@Body() dto: ForgotPasswordDto): Promise<void> {
    return this.auth.forgotPassword(dto.email);
  }

  @Public()
  @Post('password/reset')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the link from the reset e-mail; ends every session' })
  resetPassword(@Body() dto: ResetPasswordDto): Promise<void> {
    return this.auth.resetPassword(dto.token, dto.newPassword);
  }

  @Public()
  @Post('links/check')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Whether an invitation or reset link still works, before its page asks for a password; spends nothing',
  })
  @ApiErrors({ 400: '`invalid_token`: the link is unknown, used or expired (or its account deactivated)' })
  checkLink(@Body() dto: CheckLinkDto): Promise<void> {
    return this.auth.checkUserToken(dto.token, dto.purpose);
  }

  @Public()
  @Post('invitations/accept')
  @HttpCode(200)
  @ApiAnswer('TokenPair')
  @ApiOperation({
    summary: 'An invited employee sets a password with the link from the invitation',
  })
  acceptInvitation(@Body() dto: AcceptInvitationDto, @Req() request: FastifyRequest): Promise<TokenPair> {
    return this.auth.acceptInvitation(dto.token, dto.password, clientOf(request));
  }
}
