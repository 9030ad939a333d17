import { Injectable } from '@nestjs/common';

/** Makes the bytes of an attachment from what the mail's row names (e.g. `<invoice id>/nb`). */
export type AttachmentRenderer = (reference: string) => Promise<Buffer>;

/**
 * Renderers of attachments made at send time, registered by the features that own what they
 * render (fulfilment: an invoice's PDF). Only for documents that cannot change once the mail is
 * written — an invoice is immutable — so the bytes sent are those of the committed document,
 * while the transaction that wrote the mail did not wait for them.
 */
@Injectable()
export class AttachmentRenderers {
  private readonly renderers = new Map<string, AttachmentRenderer>();

  register(name: string, renderer: AttachmentRenderer): void {
    if (this.renderers.has(name)) throw new Error(`an attachment renderer "${name}" is registered already`);
    this.renderers.set(name, renderer);
  }

  render(name: string, reference: string): Promise<Buffer> {
    const renderer = this.renderers.get(name);
    if (!renderer) return Promise.reject(new Error(`no attachment renderer "${name}" is registered`));
    return renderer(reference);
  }
}
