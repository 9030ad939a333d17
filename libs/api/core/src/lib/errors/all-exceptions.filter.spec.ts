import type { ArgumentsHost } from '@nestjs/common';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { AppError } from './app-error';
import { RequestStageError } from './request-stage-errors';

interface FakeReply {
  sent: boolean;
  raw: { headersSent: boolean; destroy: jest.Mock };
  status: jest.Mock;
  header: jest.Mock;
  send: jest.Mock;
}

function replyWith(headersSent: boolean) {
  const send = jest.fn();
  const reply: FakeReply = {
    sent: headersSent,
    raw: { headersSent, destroy: jest.fn() },
    status: jest.fn(() => reply),
    header: jest.fn(() => reply),
    send,
  };
  const host = { switchToHttp: () => ({ getResponse: () => reply }) } as unknown as ArgumentsHost;
  return { reply, send, host };
}

/** An error as Fastify or zlib raise it: a code and a status on a plain Error. */
const raised = (code: string, statusCode: number) => Object.assign(new Error(code), { code, statusCode });

describe('AllExceptionsFilter', () => {
  it('answers an error before the answer started as JSON with its status', () => {
    const { reply, send, host } = replyWith(false);
    new AllExceptionsFilter().catch(AppError.notFound('Quick-order check'), host);
    expect(reply.status).toHaveBeenCalledWith(404);
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ code: 'not_found' }));
    expect(reply.raw.destroy).not.toHaveBeenCalled();
  });

  it('answers JSON even where the route had set its own content type (a CSV download)', () => {
    const { reply, host } = replyWith(false);
    new AllExceptionsFilter().catch(AppError.notFound('Project list'), host);
    expect(reply.header).toHaveBeenCalledWith('Content-Type', 'application/json; charset=utf-8');
  });

  it('cuts the connection of a streamed answer that failed midway, as its status is already sent', () => {
    const { reply, host } = replyWith(true);
    const filter = new AllExceptionsFilter();
    jest.spyOn(filter['logger'], 'error').mockImplementation(() => undefined);
    filter.catch(new Error('connection terminated'), host);
    expect(reply.raw.destroy).toHaveBeenCalled();
    expect(reply.status).not.toHaveBeenCalled();
    expect(reply.header).not.toHaveBeenCalled();
  });

  it.each([
    ['our own error from a body parser', new AppError(400, 'malformed_json', 'bad'), 400, 'malformed_json'],
    ['a body that does not inflate', raised('Z_DATA_ERROR', 400), 400, 'malformed_body'],
    ['a body over the limit', raised('FST_ERR_CTP_BODY_TOO_LARGE', 413), 413, 'payload_too_large'],
    ['a content type nobody reads', raised('FST_ERR_CTP_INVALID_MEDIA_TYPE', 415), 415, 'unsupported_media_type'],
    ['a malformed URL', raised('FST_ERR_BAD_URL', 400), 400, 'bad_request'],
  ])('keeps the code of %s raised before the route ran', (_what, error, status, code) => {
    const { reply, send, host } = replyWith(false);
    new AllExceptionsFilter().catch(new RequestStageError(error), host);
    expect(reply.status).toHaveBeenCalledWith(status);
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ statusCode: status, code }));
  });
});
