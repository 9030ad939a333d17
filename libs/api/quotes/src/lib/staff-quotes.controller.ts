import { Body, Controller, Get, HttpCode, Post, Put, Query, type StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiAnswer,
  ApiErrors,
  ApiFileAnswer,
  type AuthenticatedUser,
  Can,
  CurrentScope,
  CurrentUser,
  download,
  IdParam,
  type Scope,
} from '@lumen/api/core';
import type { QuoteMetrics, StaffQueueQuote, StaffQuoteDetail } from '@lumen/shared/contracts';
import { QuoteCommentDto, QuoteMetricsQueryDto, SaveQuoteDraftDto, StaffQuoteQueryDto } from './dto/quote.dto';
import { QuoteDocuments } from './quote-documents';
import { QuoteWorkflow } from './quote-workflow.service';
import { QuotesService } from './quotes.service';
import { RevisionParam } from './revision-param';

/**
 * The consultant desk. Reads need the staff area; writes need `update` on quotes, which only
 * staff hold (customers' `comment` on quotes must not open the staff comment route). The desk
 * still passes the caller's Scope on, so the policies are not all that keeps a quote in bounds.
 */
@ApiTags('staff: quotes')
@Controller('staff')
@Can('read', 'StaffArea')
export class StaffQuotesController {
  constructor(
    private readonly quotes: QuotesService,
    private readonly workflow: QuoteWorkflow,
    private readonly documents: QuoteDocuments,
  ) {}

  @Get('quotes')
  @ApiOperation({ summary: 'The queue: open quotes by due time, with time left and an overdue flag' })
  @ApiAnswer(['StaffQueueQuote'])
  queue(@Query() query: StaffQuoteQueryDto): Promise<StaffQueueQuote[]> {
    return this.quotes.queue(query);
  }

  @Get('quotes/:id')
  @ApiOperation({ summary: 'One quote with its company, revisions, comments and the working draft' })
  @ApiAnswer('StaffQuoteDetail')
  get(@CurrentScope() scope: Scope, @IdParam('Quote') id: string): Promise<StaffQuoteDetail> {
    return this.quotes.staffQuote(scope, id);
  }

  /**
   * The same PDF the customer downloads, of a published revision only: a draft is not an offer
   * yet (no number, no publish date, prices still changing), and a printed one could reach the
   * customer as if it were. The draft is on the desk's screen.
   */
  @Get('quotes/:id/revisions/:revision.pdf')
  @ApiOperation({ summary: 'One published revision as the PDF the customer gets, in the consultant’s language' })
  @ApiFileAnswer('application/pdf')
  @ApiErrors({
    404: 'a revision that has not been published (the draft is not printable)',
    422: '`billing_address_missing`: the company has no billing address to print',
  })
  async revisionPdf(
    @CurrentScope() scope: Scope,
    @IdParam('Quote') id: string,
    @RevisionParam() revision: number,
  ): Promise<StreamableFile> {
    return download(await this.documents.revisionPdf(scope, id, revision));
  }

  @Post('quotes/:id/claim')
  @HttpCode(200)
  @Can('update', 'Quote')
  @ApiOperation({ summary: 'Take a requested quote (or a revision request) to work on' })
  @ApiAnswer('StaffQuoteDetail')
  @ApiErrors({ 409: '`quote_transition_not_allowed`: the quote is not waiting for a consultant' })
  async claim(@CurrentScope() scope: Scope, @IdParam('Quote') id: string): Promise<StaffQuoteDetail> {
    await this.workflow.claim(scope, id);
    return this.quotes.staffQuote(scope, id);
  }

  @Put('quotes/:id/draft')
  @Can('update', 'Quote')
  @ApiOperation({ summary: 'Replace the draft answer: lines with unit price or discount, validity, message' })
  @ApiAnswer('StaffQuoteDetail')
  @ApiErrors({
    409: '`quote_not_claimed`, `quote_claimed_by_other`: claim it first; `quote_transition_not_allowed`: not open',
  })
  async saveDraft(
    @CurrentScope() scope: Scope,
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Quote') id: string,
    @Body() dto: SaveQuoteDraftDto,
  ): Promise<StaffQuoteDetail> {
    await this.workflow.saveDraft(scope, user, id, dto);
    return this.quotes.staffQuote(scope, id);
  }

  @Post('quotes/:id/publish')
  @HttpCode(200)
  @Can('update', 'Quote')
  @ApiOperation({ summary: 'Freeze the draft as the next revision and e-mail the requester' })
  @ApiAnswer('StaffQuoteDetail')
  @ApiErrors({
    409: '`quote_draft_empty`: the draft has no lines; `quote_transition_not_allowed`: nobody is working on it',
  })
  async publish(@CurrentScope() scope: Scope, @IdParam('Quote') id: string): Promise<StaffQuoteDetail> {
    await this.workflow.publish(scope, id);
    return this.quotes.staffQuote(scope, id);
  }

  @Post('quotes/:id/comments')
  @Can('update', 'Quote')
  @ApiOperation({ summary: 'Comment to the customer as the consultant' })
  @ApiAnswer('StaffQuoteDetail')
  @ApiErrors({ 409: '`quote_closed`: the quote is closed and takes no more comments' })
  async comment(
    @CurrentScope() scope: Scope,
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Quote') id: string,
    @Body() dto: QuoteCommentDto,
  ): Promise<StaffQuoteDetail> {
    await this.workflow.consultantComment(scope, user.name, id, dto.body);
    return this.quotes.staffQuote(scope, id);
  }

  @Get('metrics/quotes')
  @ApiOperation({ summary: 'Share answered within 24 h, median answer time, open and overdue counts' })
  @ApiAnswer('QuoteMetrics')
  metrics(@Query() query: QuoteMetricsQueryDto): Promise<QuoteMetrics> {
    return this.quotes.metrics(query.days);
  }
}
