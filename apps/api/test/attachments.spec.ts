import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseDetail } from '@lumen/shared/contracts';
import { startTestApp, type TestApp } from './support/test-app';

/** The first bytes that make each type, padded to `size`. */
const JPEG = [0xff, 0xd8, 0xff, 0xe0];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF = [...Buffer.from('%PDF-1.7\n')];
const EXE = [...Buffer.from('MZ'), 0x90, 0x00];
const bytes = (head: number[], size = 64): Uint8Array<ArrayBuffer> => {
  const data = new Uint8Array(size);
  data.set(head);
  return data;
};

describe('attachments (the shared store)', () => {
  let t: TestApp;
  let buyer: string;
  let viewer: string;
  let otherAdmin: string;
  let consultant: string;

  beforeAll(async () => {
    t = await startTestApp();
    [buyer, viewer, otherAdmin, consultant] = await Promise.all(
      ['buyer@nordlys.test', 'viewer@nordlys.test', 'admin@fjordbygg.test', 'consultant@lumen.test'].map((email) =>
        t.http.tokenFor(email),
      ),
    );
  });
  afterAll(() => t.close());

  function form(fields: Record<string, string>, files: { name: string; data: Uint8Array<ArrayBuffer>; type?: string }[] = []) {
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) body.append(key, value);
    for (const file of files)
      body.append('files', new Blob([file.data], { type: file.type ?? 'application/octet-stream' }), file.name);
    return body;
  }
  const caseForm = (files: { name: string; data: Uint8Array<ArrayBuffer>; type?: string }[], message = 'See the attached files') =>
    form({ category: 'technical_support', subject: 'Driver flickers', message }, files);

  const counts = async () =>
    (
      await t.sql<{ cases: number; messages: number; attachments: number }>(
        `SELECT (SELECT count(*)::int FROM cases) AS cases, (SELECT count(*)::int FROM case_messages) AS messages,
                (SELECT count(*)::int FROM attachments) AS attachments`,
      )
    )[0];
  const storedFiles = async () =>
    readdir(join(t.config.filesDir, 'attachments')).catch((error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' ? [] : Promise.reject(error),
    );

  async function download(url: string, token: string) {
    const response = await fetch(`${t.http.baseUrl}${url.replace(/^\/api/, '')}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { response, data: new Uint8Array(await response.arrayBuffer()) };
  }

  it('stores JPEG, PNG and PDF by content, with name, type, size and hash, and serves them to the company', async () => {
    const jpeg = bytes(JPEG, 1000);
    const created = await t.http.post<CaseDetail>(
      '/cases',
      caseForm([
        // The name and the sender's type are ignored: the content says JPEG.
        { name: 'photo.png', data: jpeg, type: 'image/png' },
        { name: 'screen.png', data: bytes(PNG) },
        { name: 'C:\\Users\\ola\\bruksanvisning "blåbær" 🔌.pdf', data: bytes(PDF) },
      ]),
      { token: buyer },
    );
    expect(created.status).toBe(201);
    const [photo, screen, manual] = created.body.messages[0].attachments;
    expect(photo).toMatchObject({ fileName: 'photo.png', contentType: 'image/jpeg', sizeBytes: 1000 });
    expect(screen.contentType).toBe('image/png');
    expect(manual).toMatchObject({ fileName: 'bruksanvisning blåbær 🔌.pdf', contentType: 'application/pdf' });
    const named = await download(manual.url, buyer);
    expect(named.response.headers.get('content-disposition')).toBe(
      `attachment; filename="bruksanvisning bl_b_r __.pdf"; filename*=UTF-8''${encodeURIComponent('bruksanvisning blåbær 🔌.pdf')}`,
    );
    expect(photo.url).toBe(`/api/attachments/${photo.id}`);
    const [row] = await t.sql<{ sha256: string; storage_key: string; uploaded_by: string }>(
      `SELECT a.sha256, a.storage_key, u.email AS uploaded_by FROM attachments a JOIN users u ON u.id = a.uploaded_by_user_id
       WHERE a.id = $1`,
      [photo.id],
    );
    expect(row).toEqual({
      sha256: createHash('sha256').update(jpeg).digest('hex'),
      storage_key: `attachments/${photo.id}`,
      uploaded_by: 'buyer@nordlys.test',
    });

    // Anyone in the company reads it (a viewer too), staff any company's; served as a download.
    for (const token of [viewer, consultant]) {
      const { response, data } = await download(photo.url, token);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="photo.png"; filename*=UTF-8''photo.png`,
      );
      expect(Buffer.from(data).equals(Buffer.from(jpeg))).toBe(true);
    }
    // Another company's is a 404, exactly as a missing or malformed id.
    for (const url of [photo.url, '/api/attachments/00000000-0000-4000-8000-000000000000', '/api/attachments/x']) {
      const refused = await download(url, otherAdmin);
      expect(refused.response.status).toBe(404);
    }
    expect((await download(photo.url, '')).response.status).toBe(401);
  });

  it('refuses an executable renamed .jpg, naming the file, and writes nothing', async () => {
    const before = await counts();
    const files = await storedFiles();
    const refused = await t.http.post(
      '/cases',
      caseForm([
        { name: 'ok.png', data: bytes(PNG) },
        { name: 'invoice.jpg', data: bytes(EXE), type: 'image/jpeg' },
      ]),
      { token: buyer },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('file_type_not_allowed');
    expect(refused.body.message).toContain('invoice.jpg');
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'files.1', code: 'file_type_not_allowed' })]);
    // WebP is an image the sniffer knows, but not one a case takes.
    const webp = new Uint8Array([...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBPVP8 ')]);
    const webpRefused = await t.http.post('/cases', caseForm([{ name: 'a.webp', data: webp }]), { token: buyer });
    expect(webpRefused.body.code).toBe('file_type_not_allowed');
    expect(await counts()).toEqual(before);
    expect(await storedFiles()).toEqual(files);
  });

  it('refuses a file over 10 MB with 413 file_too_large, and six or twenty files with too_many_files', async () => {
    const before = await counts();
    const big = await t.http.post('/cases', caseForm([{ name: 'big.pdf', data: bytes(PDF, 11 * 1024 * 1024) }]), {
      token: buyer,
    });
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ code: 'file_too_large', details: [{ field: 'files', code: 'file_too_large' }] });
    // Exactly 10 MB is allowed.
    const edge = await t.http.post('/cases', caseForm([{ name: 'edge.pdf', data: bytes(PDF, 10 * 1024 * 1024) }]), {
      token: buyer,
    });
    expect(edge.status).toBe(201);
    const afterEdge = await counts();
    for (const count of [6, 20]) {
      const many = Array.from({ length: count }, (_, i) => ({ name: `p${i}.png`, data: bytes(PNG) }));
      const refused = await t.http.post('/cases', caseForm(many), { token: buyer });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'too_many_files', details: [{ field: 'files' }] });
    }
    expect(await counts()).toEqual(afterEdge);
    expect(afterEdge.attachments).toBe(before.attachments + 1);
  });

  it('refuses a file sent in another field', async () => {
    const body = form({ category: 'other', subject: 'x', message: 'y' });
    body.append('photos', new Blob([bytes(PNG)]), 'a.png');
    const refused = await t.http.post('/cases', body, { token: buyer });
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'photos', code: 'unknown_field' })]);
  });

  it('leaves neither a row nor the bytes when the transaction rolls back after the files were stored', async () => {
    const before = await counts();
    const files = await storedFiles();
    // The message is refused by the database's own CHECK only after the attachments are written.
    await t.sql(`ALTER TABLE message_attachments ADD CONSTRAINT test_refuse CHECK (position < 0) NOT VALID`);
    try {
      const failed = await t.http.post('/cases', caseForm([{ name: 'a.png', data: bytes(PNG) }]), { token: buyer });
      expect(failed.status).toBeGreaterThanOrEqual(400);
    } finally {
      await t.sql(`ALTER TABLE message_attachments DROP CONSTRAINT test_refuse`);
    }
    expect(await counts()).toEqual(before);
    expect(await storedFiles()).toEqual(files);
  });
});
