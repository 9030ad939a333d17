import { Controller, Get, Inject, type StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  ApiErrors,
  ApiFileAnswer,
  Can,
  CurrentScope,
  download,
  IdParam,
  type Scope,
} from '@lumen/api/core';
import { DataSource } from 'typeorm';
import { orderConfirmationPdf } from './order-confirmation-document';
import { OrderReadQuery } from './order-read.query';

/**
 * The printable order confirmation (PRODUCT.md §13): whoever may read the order may print it —
 * a customer its own company's (another company's is 404, as on the order page), staff any.
 */
@ApiTags('orders')
@Controller('orders')
export class OrderConfirmationController {
  constructor(
    private readonly reader: OrderReadQuery,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id/confirmation.pdf')
  @Can('read', 'Order')
  @ApiOperation({ summary: 'The order confirmation as a PDF, in the caller’s language' })
  @ApiFileAnswer('application/pdf')
  @ApiErrors({ 404: 'another company’s order, as a missing one' })
  async confirmationPdf(@CurrentScope() scope: Scope, @IdParam('Order') id: string): Promise<StreamableFile> {
    const manager = this.dataSource.manager;
    const order = await this.reader.detail(manager, scope, id);
    const file = await orderConfirmationPdf(manager, order, scope.userId, this.config.seller);
    return download(file);
  }
}
