import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@lumen/portal/core';
import type { CheckProgress } from './quick-order.api';

/** A CSV or Excel file to check, and the progress of its upload and check. */
@Component({
  selector: 'lt-quick-order-upload',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quick-order-upload.html',
  styleUrl: './quick-order-upload.css',
})
export class QuickOrderUpload {
  readonly busy = input(false);
  readonly progress = input<CheckProgress | null>(null);
  readonly chosen = output<File>();

  protected choose(event: Event): void {
    const field = event.target as HTMLInputElement;
    const file = field.files?.[0];
    // Emptied, so choosing the same file again (after fixing it) checks it again.
    field.value = '';
    if (file) this.chosen.emit(file);
  }
}
