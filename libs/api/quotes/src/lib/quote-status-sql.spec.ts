import { AWAITING_CONSULTANT_STATUSES, type QuoteStatus } from '@lumen/shared/domain';
import { quoteStatusInSql } from './quote-status-sql';

describe('quoteStatusInSql', () => {
  it('writes the domain list as the IN list a partial index predicate matches', () => {
    expect(quoteStatusInSql('q.status', AWAITING_CONSULTANT_STATUSES)).toBe(
      `q.status IN ('requested', 'in_progress', 'revision_requested')`,
    );
  });

  it('lets nothing but a quote status into the SQL text', () => {
    expect(() => quoteStatusInSql('status', [`answered') OR (TRUE` as QuoteStatus])).toThrow(RangeError);
    expect(() => quoteStatusInSql('status', [])).toThrow(RangeError);
  });
});
