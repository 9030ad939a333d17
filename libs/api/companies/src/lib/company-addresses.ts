import { Injectable } from '@nestjs/common';
import type { DeliveryCountry, OrderAddress } from '@lumen/shared/contracts';
import { type EntityManager, IsNull } from 'typeorm';
import { Address, type AddressKind } from './address.entity';

/** An address as an order copies it (recipient included), with the id of the book's row. */
export interface AddressRecord extends OrderAddress {
  id: string;
  recipientName: string | null;
  recipientPhone: string | null;
}

/**
 * The copy an order keeps of an address (recipient included): later changes to the book do not
 * touch it. Checkout and the demo orders write exactly these fields.
 */
export function orderAddressCopy({
  label,
  line1,
  line2,
  postalCode,
  city,
  country,
  recipientName,
  recipientPhone,
}: AddressRecord): OrderAddress {
  return { label, line1, line2, postalCode, city, country, recipientName, recipientPhone };
}

/**
 * The address book as other features read it — the cart's shipping estimate, checkout, the demo
 * orders — so that only companies touches `addresses` and the soft-delete rule lives here: a
 * deleted address is gone for them. `companyId` is never null: a caller's `scope.companyId`, or
 * the demo company. The book's own routes are `AddressesService` in `@lumen/api/companies/feature`.
 */
@Injectable()
export class CompanyAddresses {
  /** A delivery address of the company (its default when no id is given), or null. */
  async delivery(manager: EntityManager, companyId: string, addressId?: string): Promise<AddressRecord | null> {
    const address = await manager.findOne(Address, {
      where: { ...liveAddresses(companyId, 'delivery'), ...(addressId === undefined ? {} : { id: addressId }) },
      order: { isDefault: 'DESC', createdAt: 'ASC' },
    });
    return address && toRecord(address);
  }

  /** The company's one billing address, or null. */
  async billing(manager: EntityManager, companyId: string): Promise<AddressRecord | null> {
    const address = await manager.findOne(Address, { where: liveAddresses(companyId, 'billing') });
    return address && toRecord(address);
  }
}

/** The company's addresses that are not deleted (of one kind): the soft-delete rule, once. */
export const liveAddresses = (companyId: string, kind?: AddressKind) => ({
  companyId,
  ...(kind ? { kind } : {}),
  deletedAt: IsNull(),
});

function toRecord(address: Address): AddressRecord {
  return {
    id: address.id,
    label: address.label,
    line1: address.line1,
    line2: address.line2,
    postalCode: address.postalCode,
    city: address.city,
    country: address.country as DeliveryCountry,
    recipientName: address.recipientName,
    recipientPhone: address.recipientPhone,
  };
}
