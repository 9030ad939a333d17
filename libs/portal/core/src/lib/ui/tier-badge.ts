import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { LoyaltyTier } from '@lumen/shared/contracts';
import { TranslatePipe } from '../i18n/translate.pipe';

/**
 * The company's loyalty tier as a small coloured badge (`--tier-silver|gold|platinum` in the
 * portal's styles). Use it wherever tier prices are shown.
 */
@Component({
  selector: 'lt-tier-badge',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="tier-badge" [class]="'tier-' + tier()" [attr.data-tier]="tier()">{{
    'tiers.' + tier() | t
  }}</span>`,
  styles: `
    .tier-badge {
      display: inline-flex;
      align-items: center;
      gap: 0.3em;
      padding: 0.1em 0.6em;
      border-radius: 999px;
      font-size: 0.75rem;
      font-weight: 600;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: #fff;
      background: var(--tier-colour, var(--tier-silver));
      white-space: nowrap;
    }
    .tier-silver {
      --tier-colour: var(--tier-silver);
    }
    .tier-gold {
      --tier-colour: var(--tier-gold);
    }
    .tier-platinum {
      --tier-colour: var(--tier-platinum);
    }
  `,
})
export class TierBadge {
  readonly tier = input.required<LoyaltyTier>();
}
