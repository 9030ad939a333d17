import { download } from './download';

describe('download', () => {
  it('sends the bytes as an attachment of the given type, named as the document says', () => {
    const file = download({
      filename: 'faktura-260001.pdf',
      contentType: 'application/pdf',
      content: Buffer.from('%PDF-'),
    });
    expect(file.getHeaders()).toMatchObject({
      type: 'application/pdf',
      disposition: 'attachment; filename="faktura-260001.pdf"',
    });
  });
});
