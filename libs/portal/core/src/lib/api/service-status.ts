import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from './api-client';

/**
 * Whether the API is answering "temporarily unavailable" (503: its database is away). The
 * banner reads `unavailable`; the interceptor sets it on a 503 and clears it on the next success.
 * While it is set, a probe of `/api/health` (retried by the interceptor like any GET) clears it
 * as soon as the API is back, even if the page sent nothing it could retry.
 */
@Injectable({ providedIn: 'root' })
export class ServiceStatus {
  private readonly api = inject(ApiClient);
  private probing = false;
  private waiting: (() => void)[] = [];

  readonly unavailable = signal(false);

  markUnavailable(): void {
    this.unavailable.set(true);
    if (this.probing) return;
    this.probing = true;
    firstValueFrom(this.api.get('/health'))
      .catch(() => undefined)
      .finally(() => (this.probing = false));
  }

  markAvailable(): void {
    if (!this.unavailable()) return;
    this.unavailable.set(false);
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((resume) => resume());
  }

  /** Resolves at once while the API answers, otherwise when it answers again. */
  whenAvailable(): Promise<void> {
    if (!this.unavailable()) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}
