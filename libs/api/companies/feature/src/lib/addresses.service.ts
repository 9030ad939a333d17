import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type CompanyScope } from '@lumen/api/core';
import { Address, liveAddresses } from '@lumen/api/companies';
import type { CompanyAddress, DeliveryCountry } from '@lumen/shared/contracts';
import { isValidPostalCode, postalCodeExample } from '@lumen/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreateAddressDto, UpdateAddressDto } from './dto/address.dto';
import { lockCompany } from './tenant';

function toView(address: Address): CompanyAddress {
  return {
    id: address.id,
    kind: address.kind,
    label: address.label,
    line1: address.line1,
    line2: address.line2,
    postalCode: address.postalCode,
    city: address.city,
    country: address.country as DeliveryCountry,
    isDefault: address.isDefault,
    recipientName: address.recipientName,
    recipientPhone: address.recipientPhone,
  };
}

/**
 * The address book: one billing address (from registration, editable, never deleted) and
 * delivery addresses of which exactly one is the default. Deleting is a soft delete: orders
 * copy the addresses they were placed with, and the book keeps its history.
 */
@Injectable()
export class AddressesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(scope: CompanyScope): Promise<CompanyAddress[]> {
    const addresses = await this.dataSource.getRepository(Address).find({
      where: liveAddresses(scope.companyId),
      order: { kind: 'ASC', isDefault: 'DESC', createdAt: 'ASC' },
    });
    return addresses.map(toView);
  }

  async create(scope: CompanyScope, dto: CreateAddressDto): Promise<CompanyAddress> {
    const { companyId } = scope;
    return this.dataSource.transaction(async (manager) => {
      await lockCompany(manager, companyId);
      const current = await this.currentDefault(manager, companyId);
      // The first delivery address is the default whatever was asked.
      const isDefault = !current || dto.isDefault === true;
      if (isDefault && current) await this.clearDefault(manager, current);
      const address = await manager.save(
        manager.create(Address, {
          companyId,
          kind: 'delivery',
          label: dto.label ?? null,
          line1: dto.line1,
          line2: dto.line2 ?? null,
          postalCode: dto.postalCode,
          city: dto.city,
          country: dto.country,
          recipientName: dto.recipientName ?? null,
          recipientPhone: dto.recipientPhone ?? null,
          isDefault,
        }),
      );
      return toView(address);
    });
  }

  async update(scope: CompanyScope, id: string, dto: UpdateAddressDto): Promise<CompanyAddress> {
    const { companyId } = scope;
    return this.dataSource.transaction(async (manager) => {
      await lockCompany(manager, companyId);
      const address = await this.findOwn(manager, companyId, id);
      const { isDefault, ...fields } = dto;
      if (isDefault !== undefined && address.kind === 'billing')
        throw AppError.invalidField('isDefault', 'billing_not_default', 'Only a delivery address can be the default');
      if (isDefault === false && address.isDefault)
        throw AppError.conflict(
          'default_address_required',
          'One delivery address must be the default: make another one the default instead',
        );
      if (isDefault === true && !address.isDefault) {
        const current = await this.currentDefault(manager, companyId);
        if (current) await this.clearDefault(manager, current);
        address.isDefault = true;
      }
      Object.assign(address, fields);
      // A patch may change the postcode or the country alone: the pair is checked as it ends up.
      const country = address.country as DeliveryCountry;
      if (!isValidPostalCode(address.postalCode, country))
        throw AppError.invalidField(
          fields.postalCode === undefined ? 'country' : 'postalCode',
          'postalCodeOfCountry',
          `${address.postalCode} is not a postcode of ${country} (e.g. ${postalCodeExample(country)})`,
        );
      return toView(await manager.save(address));
    });
  }

  /** Soft delete; the billing address stays, and a deleted default hands over to the oldest. */
  async remove(scope: CompanyScope, id: string): Promise<void> {
    const { companyId } = scope;
    await this.dataSource.transaction(async (manager) => {
      await lockCompany(manager, companyId);
      const address = await this.findOwn(manager, companyId, id);
      if (address.kind === 'billing')
        throw AppError.conflict('billing_address_required', 'The billing address cannot be deleted; edit it instead');
      await manager.update(Address, { id }, { deletedAt: new Date(), isDefault: false });
      if (!address.isDefault) return;
      const successor = await manager.findOne(Address, {
        where: liveAddresses(companyId, 'delivery'),
        order: { createdAt: 'ASC' },
      });
      if (successor) await manager.update(Address, { id: successor.id }, { isDefault: true });
    });
  }

  private async findOwn(manager: EntityManager, companyId: string, id: string): Promise<Address> {
    const address = await manager.findOneBy(Address, { ...liveAddresses(companyId), id });
    if (!address) throw AppError.notFound('Address');
    return address;
  }

  private currentDefault(manager: EntityManager, companyId: string): Promise<Address | null> {
    return manager.findOneBy(Address, { ...liveAddresses(companyId, 'delivery'), isDefault: true });
  }

  private async clearDefault(manager: EntityManager, address: Address): Promise<void> {
    await manager.update(Address, { id: address.id }, { isDefault: false });
  }
}
