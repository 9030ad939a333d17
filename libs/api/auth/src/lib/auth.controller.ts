import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type AuthenticatedUser,
  Can,
  CurrentUser,
  Public,
} from '@lumen/api/core';
import type { TokenPair } from '@lumen/shared/contracts';
import type { Request } from 'express';
import { AuthService } from './auth.service';
import {
  AcceptInvitationDto,
  ChangePasswordDto,
  ForgotPasswordDto,
  LoginDto,
  RefreshDto,
  ResetPasswordDto,
} from './dto/credentials.dto';
import { RegisterCompanyDto } from './dto/register-company.dto';
import type { ClientInfo } from './session.service';

const clientOf = (request: Request): ClientInfo => ({
  ip: request.ip ?? 'unknown',
  userAgent: request.headers['user-agent'] ?? null,
});

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('register')
  @ApiOperation({
    summary:
      'Register a company and its first user (company admin); logs the user in',
  })
  register(
    @Body() dto: RegisterCompanyDto,
    @Req() request: Request,
  ): Promise<TokenPair> {
    return this.auth.register(dto, clientOf(request));
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  login(@Body() dto: LoginDto, @Req() request: Request): Promise<TokenPair> {
    return this.auth.login(dto, clientOf(request));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Spend a refresh token for a new pair; a spent token ends the session',
  })
  refresh(@Body() dto: RefreshDto): Promise<TokenPair> {
    return this.auth.refresh(dto.refreshToken);
  }

  @ApiBearerAuth()
  @Can('update', 'Account')
  @Post('logout')
  @HttpCode(204)
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
  changePassword(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: ChangePasswordDto,
  ): Promise<void> {
    return this.auth.changePassword(user, dto);
  }

  @Public()
  @Post('password/forgot')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'E-mail a single-use reset link (valid 1 hour); answers 202 for any e-mail',
  })
  forgotPassword(@Body() dto: ForgotPasswordDto): Promise<void> {
    return this.auth.forgotPassword(dto.email);
  }

  @Public()
  @Post('password/reset')
  @HttpCode(204)
  resetPassword(@Body() dto: ResetPasswordDto): Promise<void> {
    return this.auth.resetPassword(dto.token, dto.newPassword);
  }

  @Public()
  @Post('invitations/accept')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'An invited employee sets a password with the link from the invitation',
  })
  acceptInvitation(
    @Body() dto: AcceptInvitationDto,
    @Req() request: Request,
  ): Promise<TokenPair> {
    return this.auth.acceptInvitation(
      dto.token,
      dto.password,
      clientOf(request),
    );
  }
}
