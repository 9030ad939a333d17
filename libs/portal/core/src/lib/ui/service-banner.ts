import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ServiceStatus } from '../api/service-status';
import { TranslatePipe } from '../i18n/translate.pipe';

/** "Temporarily unavailable, retrying" while the API answers 503; gone when it answers again. */
@Component({
  selector: 'lt-service-banner',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (status.unavailable()) {
    <div class="service-banner" role="status" aria-live="polite" data-testid="service-unavailable">
      <div class="container">{{ 'serviceStatus.unavailable' | t }}</div>
    </div>
  }`,
  styles: `
    .service-banner {
      background: var(--warning-bg);
      color: var(--warning-text);
      font-size: 0.875rem;
      font-weight: 600;
      padding: 0.55rem 0;
    }
  `,
})
export class ServiceBanner {
  protected readonly status = inject(ServiceStatus);
}
