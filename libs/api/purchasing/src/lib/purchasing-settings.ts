import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The shop's one row of `purchasing_settings`: how many days an order waiting for approval holds its prices. */
@Injectable()
export class PurchasingSettings {
  async holdDays(manager: EntityManager): Promise<number> {
    const [row]: { approval_hold_days: number }[] = await manager.query(
      `SELECT approval_hold_days FROM purchasing_settings`,
    );
    return row.approval_hold_days;
  }
}
