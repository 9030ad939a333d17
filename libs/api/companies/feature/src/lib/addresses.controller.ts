import { Body, Controller, Delete, Get, HttpCode, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiAnswer,
  ApiErrors,
  Can,
  type CompanyScope,
  CurrentCompanyScope,
  CustomerOnlyGuard,
  IdParam,
} from '@lumen/api/core';
import type { CompanyAddress } from '@lumen/shared/contracts';
import { AddressesService } from './addresses.service';
import { CreateAddressDto, UpdateAddressDto } from './dto/address.dto';

@ApiTags('company')
@Controller('company/addresses')
@UseGuards(CustomerOnlyGuard)
export class AddressesController {
  constructor(private readonly addresses: AddressesService) {}

  @Can('read', 'Address')
  @Get()
  @ApiOperation({ summary: 'The billing address and the delivery addresses, the default marked' })
  @ApiAnswer(['CompanyAddress'])
  list(@CurrentCompanyScope() scope: CompanyScope): Promise<CompanyAddress[]> {
    return this.addresses.list(scope);
  }

  @Can('create', 'Address')
  @Post()
  @ApiOperation({ summary: 'Add a delivery address (the first one becomes the default)' })
  @ApiAnswer('CompanyAddress')
  create(@CurrentCompanyScope() scope: CompanyScope, @Body() dto: CreateAddressDto): Promise<CompanyAddress> {
    return this.addresses.create(scope, dto);
  }

  @Can('update', 'Address')
  @Patch(':id')
  @ApiOperation({ summary: 'Edit an address; `isDefault: true` makes a delivery address the default' })
  @ApiAnswer('CompanyAddress')
  @ApiErrors({ 409: '`default_address_required`: make another address the default instead of unsetting this one' })
  update(
    @CurrentCompanyScope() scope: CompanyScope,
    @IdParam('Address') id: string,
    @Body() dto: UpdateAddressDto,
  ): Promise<CompanyAddress> {
    return this.addresses.update(scope, id, dto);
  }

  @Can('delete', 'Address')
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a delivery address (soft delete; the billing address stays)' })
  @ApiErrors({ 409: '`billing_address_required`: the billing address cannot be deleted' })
  remove(@CurrentCompanyScope() scope: CompanyScope, @IdParam('Address') id: string): Promise<void> {
    return this.addresses.remove(scope, id);
  }
}
