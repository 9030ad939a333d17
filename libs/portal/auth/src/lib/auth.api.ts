import { Injectable, inject } from '@angular/core';
import { ApiClient, withoutSession } from '@lumen/portal/core';
import type { ChangePasswordRequest, ForgotPasswordRequest, ResetPasswordRequest } from '@lumen/shared/contracts';
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

  resetPassword(request: ResetPasswordRequest): Promise<void> {
    return firstValueFrom(this.api.post<void>('/auth/password/reset', request, { context: withoutSession() }));
  }
}
