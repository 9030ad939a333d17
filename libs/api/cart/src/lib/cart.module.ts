import { Module } from '@nestjs/common';
import { CatalogModule } from '@lumen/api/catalog';
import { CheckoutCalculatorModule } from '@lumen/api/checkout/calculator';
import { CompaniesDataModule } from '@lumen/api/companies';
import { CartController } from './cart.controller';
import { CartService } from './cart.service';

/**
 * The server-side cart. Its view carries the standard-shipping estimate, so it reads the
 * checkout arithmetic and the company's default delivery address — never checkout itself,
 * which reads the cart.
 */
@Module({
  imports: [CatalogModule, CheckoutCalculatorModule, CompaniesDataModule],
  controllers: [CartController],
  providers: [CartService],
  exports: [CartService],
})
export class CartModule {}
