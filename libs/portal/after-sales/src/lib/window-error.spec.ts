import { HttpErrorResponse } from '@angular/common/http';
import { describeAfterSalesError } from './window-error';

const refused = (code: string, details?: unknown) =>
  new HttpErrorResponse({ status: 422, error: { statusCode: 422, code, message: 'refused', details } });

describe('describeAfterSalesError', () => {
  it('fills {date} with the day the window closed, as each language writes it', () => {
    const error = refused('warranty_window_closed', { closedOn: '2027-02-28' });
    expect(describeAfterSalesError(error, 'nb')).toEqual({
      key: 'errors.warranty_window_closed',
      fallback: 'refused',
      params: { date: '28.02.2027' },
    });
    expect(describeAfterSalesError(error, 'en').params).toEqual({ date: '28/02/2027' });
  });

  it('leaves an error without a closing day as core describes it', () => {
    expect(describeAfterSalesError(refused('return_exceeds_delivered'), 'nb')).toEqual({
      key: 'errors.return_exceeds_delivered',
      fallback: 'refused',
    });
    expect(
      describeAfterSalesError(refused('validation_failed', [{ field: 'x', code: 'y', message: 'z' }]), 'nb').params,
    ).toBeUndefined();
  });
});
