import { Injectable } from '@nestjs/common';
import type { DeliveryCountry, OrderAddress } from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';

export interface AddressRecord extends OrderAddress {
  id: string;
}

const COLUMNS = `id, label, line1, line2, postal_code AS "postalCode", city, country`;

/** Reads the company's address book for checkout; always scoped to the caller's company. */
@Injectable()
export class CompanyAddresses {
  /** A delivery address of the company (the default when no id is given), or null. */
  async delivery(manager: EntityManager, companyId: string, addressId?: string): Promise<AddressRecord | null> {
    const [row]: AddressRecord[] = addressId
      ? await manager.query(
          `SELECT ${COLUMNS} FROM addresses
           WHERE id = $1 AND company_id = $2 AND kind = 'delivery' AND deleted_at IS NULL`,
          [addressId, companyId],
        )
      : await manager.query(
          `SELECT ${COLUMNS} FROM addresses
           WHERE company_id = $1 AND kind = 'delivery' AND deleted_at IS NULL
           ORDER BY is_default DESC, created_at LIMIT 1`,
          [companyId],
        );
    return row ? trimCountry(row) : null;
  }

  async billing(manager: EntityManager, companyId: string): Promise<AddressRecord | null> {
    const [row]: AddressRecord[] = await manager.query(
      `SELECT ${COLUMNS} FROM addresses
       WHERE company_id = $1 AND kind = 'billing' AND deleted_at IS NULL`,
      [companyId],
    );
    return row ? trimCountry(row) : null;
  }
}

/** `country` is char(2); keep the type honest. */
function trimCountry(row: AddressRecord): AddressRecord {
  return { ...row, country: row.country.trim() as DeliveryCountry };
}
