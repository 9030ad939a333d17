import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  type ErrorMessage,
  FormAlert,
  TranslatePipe,
  TranslationService,
  describeError,
  saveFile,
} from '@lumen/portal/core';
import type { CatalogExportHeaderLanguage } from '@lumen/shared/contracts';
import { CatalogAdminApi, type ExportFormat } from './catalog-admin.api';

/** The whole catalogue as CSV or XLSX, with headers in either language, to import back unchanged. */
@Component({
  selector: 'lt-export-card',
  imports: [FormsModule, FormAlert, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2>{{ 'catalogAdmin.export.title' | t }}</h2>
    <p class="muted">{{ 'catalogAdmin.export.lead' | t }}</p>
    <fieldset class="headers">
      <legend class="field-label">{{ 'catalogAdmin.export.headers' | t }}</legend>
      <label class="choice"
        ><input
          type="radio"
          name="export-headers"
          value="nb"
          [ngModel]="headers()"
          (ngModelChange)="headers.set($event)"
        />
        {{ 'catalogAdmin.export.headersNb' | t }}</label
      >
      <label class="choice"
        ><input
          type="radio"
          name="export-headers"
          value="en"
          [ngModel]="headers()"
          (ngModelChange)="headers.set($event)"
        />
        {{ 'catalogAdmin.export.headersEn' | t }}</label
      >
    </fieldset>
    <div class="actions">
      @for (format of formats; track format) {
        <button
          class="btn btn-secondary"
          type="button"
          [attr.data-testid]="'export-' + format"
          [disabled]="downloading() !== null"
          (click)="download(format)"
        >
          {{ 'catalogAdmin.export.' + format | t }}
        </button>
      }
    </div>
    <lt-form-alert [message]="error()" />
  `,
  styles: `
    h2 {
      margin-top: 0;
    }
    .headers {
      border: 0;
      padding: 0;
      margin: 0 0 0.75rem;
      display: flex;
      gap: 1rem;
      flex-wrap: wrap;
      align-items: baseline;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
      margin-bottom: 0.5rem;
    }
  `,
})
export class ExportCard {
  private readonly api = inject(CatalogAdminApi);
  protected readonly formats: readonly ExportFormat[] = ['csv', 'xlsx'];
  /**
   * The portal's language by default: a Norwegian user gets Norwegian headers; the file has no
   * French ones, so a French user gets the English.
   */
  protected readonly headers = signal<CatalogExportHeaderLanguage>(
    inject(TranslationService).locale() === 'nb' ? 'nb' : 'en',
  );
  protected readonly downloading = signal<ExportFormat | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);

  protected async download(format: ExportFormat): Promise<void> {
    this.downloading.set(format);
    this.error.set(null);
    try {
      saveFile(await this.api.exportFile(format, this.headers()), `catalog.${format}`);
    } catch (error) {
      this.error.set(describeError(error));
    } finally {
      this.downloading.set(null);
    }
  }
}
