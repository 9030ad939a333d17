import type { ArgumentsHost } from '@nestjs/common';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { AppError } from './app-error';

function hostWith(response: Record<string, unknown>): ArgumentsHost {
  return { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
}

describe('AllExceptionsFilter', () => {
  it('answers an error before the answer started as JSON with its status', () => {
    const json = jest.fn();
    const response = { headersSent: false, status: jest.fn(() => ({ json })), destroy: jest.fn() };
    new AllExceptionsFilter().catch(AppError.notFound('Quick-order check'), hostWith(response));
    expect(response.status).toHaveBeenCalledWith(404);
    expect(json).toHaveBeenCalledWith(expect.objectContaining({ code: 'not_found' }));
    expect(response.destroy).not.toHaveBeenCalled();
  });

  it('cuts the connection of a streamed answer that failed midway, as its status is already sent', () => {
    const response = { headersSent: true, status: jest.fn(), setHeader: jest.fn(), destroy: jest.fn() };
    const filter = new AllExceptionsFilter();
    jest.spyOn(filter['logger'], 'error').mockImplementation(() => undefined);
    filter.catch(new Error('connection terminated'), hostWith(response));
    expect(response.destroy).toHaveBeenCalled();
    expect(response.status).not.toHaveBeenCalled();
    expect(response.setHeader).not.toHaveBeenCalled();
  });
});
