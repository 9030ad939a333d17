import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@lumen/portal/core';
import type { Upload } from './after-sales.api';

/** A form's upload under way: the share of the files sent, then "processing" while the API checks them. */
@Component({
  selector: 'lt-upload-progress',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (state(); as state) {
      <div class="progress" role="status" data-testid="upload-progress">
        @if (state.phase === 'uploading') {
          <progress max="100" [value]="state.percent"></progress>
          <span>{{ 'afterSales.upload.sending' | t: { percent: state.percent } }}</span>
        } @else if (state.phase === 'processing') {
          <progress></progress>
          <span>{{ 'afterSales.upload.processing' | t }}</span>
        }
      </div>
    }
  `,
  styles: `
    .progress {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      flex-wrap: wrap;
    }
    progress {
      flex: 1 1 10rem;
      max-width: 20rem;
    }
  `,
})
export class UploadProgress {
  readonly state = input<Upload<unknown> | null>(null);
}
