export * from './lib/address.entity';
export * from './lib/companies-data.module';
export * from './lib/company.entity';
export * from './lib/company-addresses';
export * from './lib/role.entity';
export * from './lib/user.entity';
