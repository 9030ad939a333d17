import { Body, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiAnswer,
  ApiErrors,
  AppError,
  Can,
  CurrentScope,
  MultipartUpload,
  type Scope,
  UploadedPart,
} from '@lumen/api/core';
import type { BankFileResult, InvoiceDetail } from '@lumen/shared/contracts';
import { RecordPaymentDto } from './dto/record-payment.dto';
import { BANK_FILE_MAX_BYTES, bankFileTooLarge, PaymentsService } from './payments.service';

/** One CSV `file`, no other fields. */
const BankFileUpload = MultipartUpload({
  fileField: 'file',
  maxFiles: 1,
  maxFileBytes: BANK_FILE_MAX_BYTES,
  maxFields: 0,
  fileTooLarge: bankFileTooLarge,
});

/** Recording payments is the shop admin's (`record Payment`). */
@ApiTags('staff: payments')
@Controller('staff/payments')
@Can('record', 'Payment')
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Post()
  @ApiOperation({ summary: 'Record one payment against the invoice with this KID; answers the invoice' })
  @ApiAnswer('InvoiceDetail')
  @ApiErrors({
    400: '`validation_failed`: a KID of 2–25 digits, a positive amount in øre, a date',
    422: '`unknown_kid`: no invoice has this KID',
  })
  record(@CurrentScope() scope: Scope, @Body() body: RecordPaymentDto): Promise<InvoiceDetail> {
    return this.payments.record(scope, body);
  }

  @Post('bank-file')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record a bank file of payments (CSV `KID;amount;date`, amounts in kroner): all or nothing',
  })
  @ApiAnswer('BankFileResult')
  @ApiErrors({
    400: '`validation_failed`: no `file` part',
    413: '`file_too_large`: at most 1 MB',
    415: '`unsupported_file_type`: upload CSV text',
    409: '`bank_file_already_recorded`: these very bytes were recorded before',
    422: '`bank_file_invalid` (also `duplicate_line`: the same KID, amount and date twice), `unknown_kid`: nothing was recorded; `details` names each line',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
  })
  @UseInterceptors(BankFileUpload)
  bankFile(@CurrentScope() scope: Scope, @UploadedPart() file: UploadedPart | undefined): Promise<BankFileResult> {
    if (!file) throw AppError.invalidField('file', 'required', 'Upload the bank file as the multipart field `file`');
    return this.payments.recordBankFile(scope, file.buffer);
  }
}
