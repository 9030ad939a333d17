import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@lumen/portal/core';
import type { ClaimStatus, ReturnStatus } from '@lumen/shared/contracts';

type Tone = 'info' | 'warn' | 'good' | 'bad';
/** Waiting on the desk reads as a warning; put right as good; refused as bad. */
const TONES: Record<ReturnStatus | ClaimStatus, Tone> = {
  requested: 'warn',
  received: 'info',
  inspected: 'info',
  credited: 'good',
  refused: 'bad',
  open: 'warn',
  replacement_sent: 'good',
  repair: 'info',
};

/** A return's or claim's status as a coloured tag. */
@Component({
  selector: 'lt-status-tag',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="'tag ' + tone()" data-testid="status">{{
    'serviceDesk.' + kind() + 'Status.' + status() | t
  }}</span>`,
  styleUrls: ['./desk.css'],
})
export class StatusTag {
  readonly kind = input.required<'return' | 'claim'>();
  readonly status = input.required<ReturnStatus | ClaimStatus>();
  protected readonly tone = computed(() => TONES[this.status()]);
}
