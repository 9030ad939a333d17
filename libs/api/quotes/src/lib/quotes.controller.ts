import { Body, Controller, Get, HttpCode, Post, type StreamableFile, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { priceAudienceOf } from '@lumen/api/catalog';
import {
  ApiAnswer,
  ApiErrors,
  ApiFileAnswer,
  type AuthenticatedUser,
  Can,
  type CompanyScope,
  CurrentCompanyScope,
  CurrentUser,
  CustomerOnlyGuard,
  download,
  IdParam,
} from '@lumen/api/core';
import type { QuoteDetail, QuoteSummary } from '@lumen/shared/contracts';
import { CreateQuoteRequestDto, QuoteCommentDto } from './dto/quote.dto';
import { QuoteDocuments } from './quote-documents';
import { QuoteWorkflow } from './quote-workflow.service';
import { QuotesService } from './quotes.service';
import { RevisionParam } from './revision-param';

/** The customer's side of quotes: everyone in the company reads; acting needs the quote permissions. */
@ApiTags('quotes')
@Controller('quotes')
@Can('read', 'Quote')
@UseGuards(CustomerOnlyGuard)
export class QuotesController {
  constructor(
    private readonly quotes: QuotesService,
    private readonly workflow: QuoteWorkflow,
    private readonly documents: QuoteDocuments,
  ) {}

  @Get()
  @ApiOperation({ summary: "The company's quotes, with status, due time and the newest revision's total" })
  @ApiAnswer(['QuoteSummary'])
  list(@CurrentCompanyScope() scope: CompanyScope): Promise<QuoteSummary[]> {
    return this.quotes.customerQuotes(scope);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One quote: the requested lines, every published revision and the comments' })
  @ApiAnswer('QuoteDetail')
  get(@CurrentCompanyScope() scope: CompanyScope, @IdParam('Quote') id: string): Promise<QuoteDetail> {
    return this.quotes.customerQuote(scope, id);
  }

  @Get(':id/revisions/:revision.pdf')
  @ApiOperation({ summary: 'One published revision as a printable PDF offer, in the caller’s language' })
  @ApiFileAnswer('application/pdf')
  @ApiErrors({
    404: 'another company’s quote, or a revision that has not been published',
    422: '`billing_address_missing`: the company has no billing address to print',
  })
  async revisionPdf(
    @CurrentCompanyScope() scope: CompanyScope,
    @IdParam('Quote') id: string,
    @RevisionParam() revision: number,
  ): Promise<StreamableFile> {
    return download(await this.documents.revisionPdf(scope, id, revision));
  }

  @Post(':id/comments')
  @Can('comment', 'Quote')
  @ApiOperation({ summary: 'Comment; on an answered quote this asks for a revision and restarts the 24-hour clock' })
  @ApiAnswer('QuoteDetail')
  @ApiErrors({ 409: '`quote_closed`: the quote is closed and takes no more comments' })
  async comment(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Quote') id: string,
    @Body() dto: QuoteCommentDto,
  ): Promise<QuoteDetail> {
    await this.workflow.customerComment(scope, user.name, id, dto.body);
    return this.quotes.customerQuote(scope, id);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Can('accept', 'Quote')
  @ApiOperation({ summary: 'Accept the current revision of an answered, valid quote (exactly once)' })
  @ApiAnswer('QuoteDetail')
  @ApiErrors({
    409: '`quote_expired`: the offer is past its validity date; `quote_transition_not_allowed`: it is not answered',
  })
  async accept(@CurrentCompanyScope() scope: CompanyScope, @IdParam('Quote') id: string): Promise<QuoteDetail> {
    await this.workflow.accept(scope, id);
    return this.quotes.customerQuote(scope, id);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Can('decline', 'Quote')
  @ApiOperation({ summary: 'Decline the offer; the quote closes' })
  @ApiAnswer('QuoteDetail')
  @ApiErrors({ 409: '`quote_transition_not_allowed`: only an answered quote (or one awaiting a revision) is declined' })
  async decline(@CurrentCompanyScope() scope: CompanyScope, @IdParam('Quote') id: string): Promise<QuoteDetail> {
    await this.workflow.decline(scope, id);
    return this.quotes.customerQuote(scope, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Can('cancel', 'Quote')
  @ApiOperation({ summary: 'Withdraw a request nobody has answered yet' })
  @ApiAnswer('QuoteDetail')
  @ApiErrors({ 409: '`quote_transition_not_allowed`: the quote has been answered or is closed' })
  async cancel(@CurrentCompanyScope() scope: CompanyScope, @IdParam('Quote') id: string): Promise<QuoteDetail> {
    await this.workflow.cancel(scope, id);
    return this.quotes.customerQuote(scope, id);
  }
}

/** `POST /api/project-lists/:id/quote-requests`: lives here because it creates a quote. */
@ApiTags('quotes')
@Controller('project-lists')
@UseGuards(CustomerOnlyGuard)
export class QuoteRequestsController {
  constructor(
    private readonly quotes: QuotesService,
    private readonly workflow: QuoteWorkflow,
  ) {}

  @Post(':id/quote-requests')
  @Can('request', 'Quote')
  @ApiOperation({ summary: 'Snapshot the list into a quote request, due 24 hours from now' })
  @ApiAnswer('QuoteDetail')
  @ApiErrors({ 409: '`project_list_empty`: add products to the list first' })
  async request(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') listId: string,
    @Body() dto: CreateQuoteRequestDto,
  ): Promise<QuoteDetail> {
    const id = await this.workflow.request(scope, priceAudienceOf(user), listId, dto.message ?? null);
    return this.quotes.customerQuote(scope, id);
  }
}
