import { Controller, Get, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiErrors, ApiFileAnswer, Can, CurrentScope, IdParam, type Scope } from '@lumen/api/core';
import { sellerDetailsFrom } from '@lumen/api/documents';
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
  /** Validated once at start by the fulfilment module's factory; a bad value never gets this far. */
  private readonly seller = sellerDetailsFrom(process.env);

  constructor(
    private readonly reader: OrderReadQuery,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get(':id/confirmation.pdf')
  @Can('read', 'Order')
  @ApiOperation({ summary: 'The order confirmation as a PDF, in the caller’s language' })
  @ApiFileAnswer('application/pdf')
  @ApiErrors({ 404: 'another company’s order, as a missing one' })
  async confirmationPdf(@CurrentScope() scope: Scope, @IdParam('Order') id: string): Promise<StreamableFile> {
    const manager = this.dataSource.manager;
    const order = await this.reader.detail(manager, scope, id);
    const file = await orderConfirmationPdf(manager, order, scope.userId, this.seller);
    return new StreamableFile(file.content, {
      type: 'application/pdf',
      disposition: `attachment; filename="${file.filename}"`,
    });
  }
}
