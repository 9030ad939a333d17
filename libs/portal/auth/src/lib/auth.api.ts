import { Injectable, inject } from '@angular/core';
import { ApiClient, withoutSession } from '@lumen/portal/core';
import type {
  ChangePasswordRequest,
  CheckLinkRequest,
  ForgotPasswordRequest,
  ResetPasswordRequest,
} from '@lumen/shared/contracts';
import { firstValueFrom } from 'rxjs';

/** The password calls that do not start a session (those live in `AuthStore`). */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly api = inject(ApiClient);

  changePassword(request: ChangePasswordRequest): Promise<void> {
    return firstValueFrom(this.api.post<void>('/auth/password', request));
  }

  forgotPassword(request: ForgotPasswordRequest): Promise<void> {
    return firstValueFrom(this.api.post<void>('/auth/password/forgot', request, { context: withoutSession() }));
  }

  /** Resolves when an e-mailed link still works; rejects (400 `invalid_token`) when it does not. */
  checkLink(request: CheckLinkRequest): Promise<void> {
    return firstValueFrom(this.api.post<void>('/auth/links/check', request, { context: withoutSession() }));
  }

  resetPassword(request: ResetPasswordRequest): Promise<void> {
    return firstValueFrom(this.api.post<void>('/auth/password/reset', request, { context: withoutSession() }));
  }
}
