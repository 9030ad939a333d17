import { Injectable } from '@nestjs/common';
import type { ShippingSettings } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';

interface ShippingSettingsRow {
  free_shipping_threshold_ore: number;
  standard_fee_ore: number;
  express_surcharge_ore: number;
  bulky_surcharge_ore: number;
  delivery_countries: string[];
}

/** The shipping amounts and countries as the shop has set them (one row, PRODUCT.md §8). */
@Injectable()
export class ShippingSettingsService {
  async load(manager: EntityManager): Promise<ShippingSettings> {
    const [row]: ShippingSettingsRow[] = await manager.query(
      `SELECT free_shipping_threshold_ore, standard_fee_ore, express_surcharge_ore,
              bulky_surcharge_ore, delivery_countries
       FROM shipping_settings`,
    );
    if (!row) throw new Error('shipping_settings has no row; migrations are incomplete');
    return {
      freeShippingThresholdOre: Number(row.free_shipping_threshold_ore),
      standardFeeOre: Number(row.standard_fee_ore),
      expressSurchargeOre: Number(row.express_surcharge_ore),
      bulkySurchargeOre: Number(row.bulky_surcharge_ore),
      deliveryCountries: row.delivery_countries,
    };
  }
}
