import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './data-source-options';

/** Connects, then runs pending migrations before the app takes traffic. */
@Module({})
export class DatabaseModule {
  static forRoot(databaseUrl: string, options: { namedStatements?: boolean } = {}): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, options),
          migrationsRun: true,
          autoLoadEntities: true,
        }),
      ],
    };
  }
}
