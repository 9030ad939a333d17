import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, Can, CurrentUser, IdParam } from '@lumen/api/core';
import type { CompanyAddress } from '@lumen/shared/contracts';
import { AddressesService } from './addresses.service';
import { CreateAddressDto, UpdateAddressDto } from './dto/address.dto';

@ApiTags('company')
@ApiBearerAuth()
@Controller('company/addresses')
export class AddressesController {
  constructor(private readonly addresses: AddressesService) {}

  @Can('read', 'Address')
  @Get()
  list(@CurrentUser() user: AuthenticatedUser): Promise<CompanyAddress[]> {
    return this.addresses.list(user);
  }

  @Can('create', 'Address')
  @Post()
  @ApiOperation({ summary: 'Add a delivery address (the first one becomes the default)' })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: CreateAddressDto,
  ): Promise<CompanyAddress> {
    return this.addresses.create(user, dto);
  }

  @Can('update', 'Address')
  @Patch(':id')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Address') id: string,
    @Body() dto: UpdateAddressDto,
  ): Promise<CompanyAddress> {
    return this.addresses.update(user, id, dto);
  }

  @Can('delete', 'Address')
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a delivery address (soft delete; the billing address stays)' })
  remove(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Address') id: string,
  ): Promise<void> {
    return this.addresses.remove(user, id);
  }
}
