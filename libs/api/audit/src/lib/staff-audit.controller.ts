import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAnswer, Can, IdParam, PageQueryDto } from '@lumen/api/core';
import type { CompanyAuditPage } from '@lumen/shared/contracts';
import { AuditLogQuery } from './audit-log.query';

@ApiTags('staff')
@Controller('staff/companies')
export class StaffAuditController {
  constructor(private readonly reader: AuditLogQuery) {}

  @Can('read', 'AuditLog')
  @Get(':id/audit')
  @ApiOperation({ summary: "A company's audit log: who changed what, when, before and after" })
  @ApiAnswer('CompanyAuditPage')
  list(@IdParam('Company') id: string, @Query() query: PageQueryDto): Promise<CompanyAuditPage> {
    return this.reader.forCompany(id, query.page ?? 1, query.pageSize ?? 50);
  }
}
