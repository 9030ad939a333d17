import {
  type AcceptInvitationRequest,
  type ChangePasswordRequest,
  type CheckLinkRequest,
  LINK_PURPOSES,
  type LinkPurpose,
  type ForgotPasswordRequest,
  type LoginRequest,
  type RefreshRequest,
  type ResetPasswordRequest,
} from '@lumen/shared/contracts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@lumen/shared/domain';
import { NormaliseEmail } from '@lumen/api/core';
import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';

const NewPassword = (): PropertyDecorator => (target, key) => {
  IsString()(target, key);
  MinLength(PASSWORD_MIN_LENGTH, {
    message: `$property must be at least ${PASSWORD_MIN_LENGTH} characters`,
  })(target, key);
  MaxLength(PASSWORD_MAX_LENGTH)(target, key);
};

export class LoginDto implements LoginRequest {
  @NormaliseEmail()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class RefreshDto implements RefreshRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @NewPassword()
  newPassword: string;
}

export class ForgotPasswordDto implements ForgotPasswordRequest {
  @NormaliseEmail()
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @NewPassword()
  newPassword: string;
}

export class CheckLinkDto implements CheckLinkRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @IsIn(LINK_PURPOSES)
  purpose: LinkPurpose;
}

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @NewPassword()
  password: string;
}
