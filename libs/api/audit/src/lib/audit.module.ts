import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntry } from './audit-entry.entity';
import { AuditLogQuery } from './audit-log.query';
import { AuditService } from './audit.service';
import { StaffAuditController } from './staff-audit.controller';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  controllers: [StaffAuditController],
  providers: [AuditService, AuditLogQuery],
  exports: [AuditService],
})
export class AuditModule {}
