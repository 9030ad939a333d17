import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@lumen/api/core';
import { AuditService } from '@lumen/api/audit';
import { InvoiceIssuer } from '@lumen/api/fulfilment';
import type { BillCaseResponse, ServiceSettings } from '@lumen/shared/contracts';
import { billableUnits, caseNumber, osloDateTime } from '@lumen/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { lockCase } from './cases.service';
import { ServiceDeskMail } from './service-desk-mail';

/**
 * The service terms' money (PRODUCT.md §15): the price of a started 15 minutes (the shop admin's
 * setting) and the service invoice of a case's billable time. A case is billed for the units of
 * its whole logged time less those billed before, so billing again bills only what is new.
 */
@Injectable()
export class ServiceBillingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly issuer: InvoiceIssuer,
    private readonly audit: AuditService,
    private readonly mail: ServiceDeskMail,
  ) {}

  async settings(manager: EntityManager = this.dataSource.manager): Promise<ServiceSettings> {
    const [row]: { unit_price_ore: string }[] = await manager.query(`SELECT unit_price_ore FROM service_settings`);
    return { unitPriceOre: Number(row.unit_price_ore) };
  }

  async saveSettings(userId: string, settings: ServiceSettings): Promise<ServiceSettings> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.settings(manager);
      await manager.query(`UPDATE service_settings SET unit_price_ore = $1, updated_at = now(), updated_by = $2`, [
        settings.unitPriceOre,
        userId,
      ]);
      await this.audit.record(manager, {
        actorUserId: userId,
        companyId: null,
        action: 'service_settings.updated',
        entityType: 'service_settings',
        entityId: null,
        before: { ...before },
        after: { ...settings },
      });
      return this.settings(manager);
    });
  }

  /**
   * Issues the service invoice for the units not billed yet: `case_not_billable` for a case the
   * terms do not bill (not classified, or covered), `nothing_to_bill` when no new unit started.
   */
  bill(userId: string, caseId: string): Promise<BillCaseResponse> {
    return this.dataSource.transaction((manager) => this.billWith(manager, userId, caseId));
  }

  /** `bill` in the caller's transaction; `quiet` (the demo history) sends no e-mail. */
  async billWith(
    manager: EntityManager,
    userId: string,
    caseId: string,
    options: { at?: Date; quiet?: boolean } = {},
  ): Promise<BillCaseResponse> {
    const now = options.at ?? new Date();
    const locked = await lockCase(manager, { kind: 'shop', userId }, caseId);
    if (locked.classification === null || locked.classification === 'covered')
      throw new AppError(
        422,
        'case_not_billable',
        locked.classification === 'covered'
          ? 'The service agreement covers this case: nothing is billed'
          : 'Classify the case under the service terms before billing it',
      );
    const [{ minutes }]: { minutes: number }[] = await manager.query(
      `SELECT COALESCE(sum(minutes), 0)::int AS minutes FROM time_entries WHERE case_id = $1`,
      [caseId],
    );
    const units = billableUnits(minutes, locked.classification) - locked.billed_units;
    if (units <= 0)
      throw new AppError(
        422,
        'nothing_to_bill',
        `No new started 15 minutes since the last bill (${minutes} minutes logged, ${locked.billed_units} units billed)`,
      );
    const { unitPriceOre } = await this.settings(manager);
    const number = caseNumber(locked.number);
    const invoiceId = await this.issuer.issueServiceInvoice(manager, {
      caseId,
      companyId: locked.company_id,
      contactUserId: locked.opened_by_user_id,
      units,
      unitPriceOre,
      issueDate: osloDateTime(now).date,
      caseNumber: number,
    });
    await manager.query(`UPDATE cases SET billed_units = billed_units + $2, updated_at = now() WHERE id = $1`, [
      caseId,
      units,
    ]);
    const [invoice]: { number: string; gross_ore: string }[] = await manager.query(
      `SELECT number, gross_ore FROM invoices WHERE id = $1`,
      [invoiceId],
    );
    await this.audit.record(manager, {
      actorUserId: userId,
      companyId: locked.company_id,
      action: 'case.billed',
      entityType: 'case',
      entityId: caseId,
      before: { billedUnits: locked.billed_units },
      after: { billedUnits: locked.billed_units + units, units, unitPriceOre, invoiceId, minutes },
    });
    const answer = {
      invoiceId,
      invoiceNumber: Number(invoice.number),
      units,
      grossOre: Number(invoice.gross_ore),
    };
    if (!options.quiet) await this.mail.billed(manager, { caseId, number, subject: locked.subject }, answer);
    return answer;
  }
}
