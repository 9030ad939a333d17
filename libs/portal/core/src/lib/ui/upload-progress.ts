import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { UploadProgress } from '../api/upload';
import { TranslatePipe } from '../i18n/translate.pipe';

/**
 * The bar under a file being sent: its share uploaded, then what the server is doing with it
 * (`uploadWithProgress`). The words are the feature's: `uploadingKey` takes `{percent}`.
 */
@Component({
  selector: 'lt-upload-progress',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (progress(); as step) {
      <div class="progress" role="status" data-testid="upload-progress">
        @if (step.phase === 'uploading') {
          <progress max="100" [value]="step.percent"></progress>
          <span>{{ uploadingKey() | t: { percent: step.percent } }}</span>
        } @else {
          <progress></progress>
          <span>{{ processingKey() | t }}</span>
        }
      </div>
    }
  `,
  styles: `
    .progress {
      display: flex;
      gap: 0.6rem;
      align-items: center;
      flex-wrap: wrap;
      margin-top: 0.8rem;
    }
    progress {
      width: 12rem;
      max-width: 60%;
    }
  `,
})
export class UploadProgressBar {
  readonly progress = input<UploadProgress<unknown> | null>(null);
  readonly uploadingKey = input.required<string>();
  /** What the server is doing once every byte is sent ("checking the lines"). */
  readonly processingKey = input.required<string>();
}
