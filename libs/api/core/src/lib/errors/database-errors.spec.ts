import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { DATABASE_RETRY_AFTER_SECONDS, mapDatabaseError } from './database-errors';

describe('mapDatabaseError when PostgreSQL goes away', () => {
  const unavailable = {
    body: expect.objectContaining({ statusCode: 503, code: 'service_unavailable' }),
    retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
  };

  it('answers 503 for a refused connection', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(mapDatabaseError(refused)).toEqual(unavailable);
  });

  // Seen in the outage test: the postmaster died between two queries of a checkout.
  it('answers 503 when TypeORM has released a transaction whose connection failed', () => {
    expect(mapDatabaseError(new QueryRunnerProviderAlreadyReleasedError())).toEqual(unavailable);
    expect(mapDatabaseError(new QueryRunnerAlreadyReleasedError())).toEqual(unavailable);
  });
});
