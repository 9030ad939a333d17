import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, Can, CurrentUser, IdParam } from '@lumen/api/core';
import { CustomerOnlyGuard } from '@lumen/api/project-lists';
import type { QuoteDetail, QuoteSummary } from '@lumen/shared/contracts';
import { CreateQuoteRequestDto, QuoteCommentDto } from './dto/quote.dto';
import { QuoteWorkflow } from './quote-workflow.service';
import { QuotesService } from './quotes.service';

/** The customer's side of quotes: everyone in the company reads; acting needs the quote permissions. */
@ApiTags('quotes')
@ApiBearerAuth()
@Controller('quotes')
@Can('read', 'Quote')
@UseGuards(CustomerOnlyGuard)
export class QuotesController {
  constructor(
    private readonly quotes: QuotesService,
    private readonly workflow: QuoteWorkflow,
  ) {}

  @Get()
  list(@CurrentUser() user: AuthenticatedUser): Promise<QuoteSummary[]> {
    return this.quotes.customerQuotes(user);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthenticatedUser, @IdParam('Quote') id: string): Promise<QuoteDetail> {
    return this.quotes.customerQuote(user, id);
  }

  @Post(':id/comments')
  @Can('comment', 'Quote')
  @ApiOperation({ summary: 'Comment; on an answered quote this asks for a revision and restarts the 24-hour clock' })
  async comment(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Quote') id: string,
    @Body() dto: QuoteCommentDto,
  ): Promise<QuoteDetail> {
    await this.workflow.customerComment(user, id, dto.body);
    return this.quotes.customerQuote(user, id);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Can('accept', 'Quote')
  @ApiOperation({ summary: 'Accept the current revision of an answered, valid quote (exactly once)' })
  async accept(@CurrentUser() user: AuthenticatedUser, @IdParam('Quote') id: string): Promise<QuoteDetail> {
    await this.workflow.accept(user, id);
    return this.quotes.customerQuote(user, id);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Can('decline', 'Quote')
  async decline(@CurrentUser() user: AuthenticatedUser, @IdParam('Quote') id: string): Promise<QuoteDetail> {
    await this.workflow.decline(user, id);
    return this.quotes.customerQuote(user, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Can('cancel', 'Quote')
  @ApiOperation({ summary: 'Withdraw a request nobody has answered yet' })
  async cancel(@CurrentUser() user: AuthenticatedUser, @IdParam('Quote') id: string): Promise<QuoteDetail> {
    await this.workflow.cancel(user, id);
    return this.quotes.customerQuote(user, id);
  }
}

/** `POST /api/project-lists/:id/quote-requests`: lives here because it creates a quote. */
@ApiTags('quotes')
@ApiBearerAuth()
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
  async request(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') listId: string,
    @Body() dto: CreateQuoteRequestDto,
  ): Promise<QuoteDetail> {
    const id = await this.workflow.request(user, listId, dto.message ?? null);
    return this.quotes.customerQuote(user, id);
  }
}
