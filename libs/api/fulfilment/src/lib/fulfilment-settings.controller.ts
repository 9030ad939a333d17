import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiAnswer, Can, CurrentScope, type Scope } from '@lumen/api/core';
import type { FulfilmentSettings } from '@lumen/shared/contracts';
import { DataSource } from 'typeorm';
import { FulfilmentSettingsDto } from './dto/fulfilment-settings.dto';
import { FulfilmentSettingsService } from './fulfilment-settings.service';

/** Carrier tracking links and the reminder delay: staff read them, the shop admin changes them. */
@ApiTags('staff: order desk')
@Controller('staff/fulfilment-settings')
export class FulfilmentSettingsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: FulfilmentSettingsService,
  ) {}

  @Get()
  @Can('fulfil', 'Order')
  @ApiOperation({ summary: 'Tracking URL templates per carrier and the reminder delay' })
  @ApiAnswer('FulfilmentSettings')
  get(): Promise<FulfilmentSettings> {
    return this.settings.load(this.dataSource.manager);
  }

  @Put()
  @Can('update', 'FulfilmentSettings')
  @ApiOperation({ summary: 'Replace the tracking URL templates (https, with {tracking}) and the reminder delay' })
  @ApiAnswer('FulfilmentSettings')
  update(@CurrentScope() scope: Scope, @Body() body: FulfilmentSettingsDto): Promise<FulfilmentSettings> {
    return this.dataSource.transaction((manager) => this.settings.save(manager, scope.userId, body));
  }
}
