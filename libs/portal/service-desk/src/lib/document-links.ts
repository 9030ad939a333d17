import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { PdfDownloadButton } from '@lumen/portal/quotes';

/** An invoice's or credit note's PDF and EHF (`GET /api/invoices/:id.pdf|.xml`), saved under the API's file name. */
@Component({
  selector: 'lt-document-links',
  imports: [PdfDownloadButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="docs">
      <lt-pdf-download [path]="'/invoices/' + invoiceId() + '.pdf'" label="serviceDesk.pdf" />
      <lt-pdf-download [path]="'/invoices/' + invoiceId() + '.xml'" label="serviceDesk.ehf" />
    </span>
  `,
  styles: `
    .docs {
      display: inline-flex;
      gap: 0.4rem;
      flex-wrap: wrap;
      vertical-align: middle;
    }
  `,
})
export class DocumentLinks {
  readonly invoiceId = input.required<string>();
}
