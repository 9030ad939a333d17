import { Injectable } from '@nestjs/common';
import type { Carrier, FulfilmentSettings } from '@lumen/shared/contracts';
import { TRACKING_PLACEHOLDER } from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';

/** The tracking page of one shipment: the carrier's template with the number in place of `{tracking}`. */
export function trackingUrl(settings: FulfilmentSettings, carrier: Carrier, trackingNumber: string): string {
  return settings.trackingUrlTemplates[carrier].split(TRACKING_PLACEHOLDER).join(encodeURIComponent(trackingNumber));
}

/** The one row of `fulfilment_settings`: carrier tracking links and the reminder delay (PRODUCT.md §13). */
@Injectable()
export class FulfilmentSettingsService {
  async load(manager: EntityManager): Promise<FulfilmentSettings> {
    const [row]: { tracking_url_templates: Record<Carrier, string>; reminder_after_days: number }[] =
      await manager.query(`SELECT tracking_url_templates, reminder_after_days FROM fulfilment_settings`);
    return { trackingUrlTemplates: row.tracking_url_templates, reminderAfterDays: row.reminder_after_days };
  }

  async save(manager: EntityManager, userId: string, settings: FulfilmentSettings): Promise<FulfilmentSettings> {
    await manager.query(
      `UPDATE fulfilment_settings SET tracking_url_templates = $1::jsonb, reminder_after_days = $2,
         updated_at = now(), updated_by = $3`,
      [JSON.stringify(settings.trackingUrlTemplates), settings.reminderAfterDays, userId],
    );
    return this.load(manager);
  }
}
