import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from './api-client';
import { saveFile, withJsonErrorBody } from './files';

// jsdom's Blob has no text(), which every browser has; the error path reads the API's JSON with it.
Blob.prototype.text ??= function (this: Blob) {
  return new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(this);
  });
};

const notFound = { statusCode: 404, code: 'not_found', message: 'Invoice F-1 not found' };

describe('ApiClient.file (a file the API renders, fetched with the token)', () => {
  let http: HttpTestingController;
  let api: ApiClient;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(ApiClient);
  });

  afterEach(() => http.verify());

  it('answers the file as a Blob from under /api', async () => {
    const file = firstValueFrom(api.file('/invoices/i1.pdf'));
    const request = http.expectOne('/api/invoices/i1.pdf');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['%PDF-1.7'], { type: 'application/pdf' }));
    expect(await (await file).text()).toBe('%PDF-1.7');
  });

  it("fails with the API's JSON error body read out of the Blob, so the error's code can be named", async () => {
    const file = firstValueFrom(api.file('/invoices/i1.pdf'));
    http
      .expectOne('/api/invoices/i1.pdf')
      .flush(new Blob([JSON.stringify(notFound)], { type: 'application/json' }), {
        status: 404,
        statusText: 'Not Found',
      });
    const error: unknown = await file.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect((error as HttpErrorResponse).status).toBe(404);
    expect((error as HttpErrorResponse).statusText).toBe('Not Found');
    expect((error as HttpErrorResponse).error).toEqual(notFound);
  });
});

describe('withJsonErrorBody', () => {
  it('leaves an error whose Blob is not JSON as it was', async () => {
    const error = new HttpErrorResponse({ error: new Blob(['<html>Bad gateway</html>']), status: 502 });
    expect(await withJsonErrorBody(error)).toBe(error);
  });

  it('leaves an error that is no Blob as it was', async () => {
    const error = new HttpErrorResponse({ error: notFound, status: 404 });
    expect(await withJsonErrorBody(error)).toBe(error);
    const plain = new Error('offline');
    expect(await withJsonErrorBody(plain)).toBe(plain);
  });
});

describe('saveFile', () => {
  // jsdom has no object URLs; the browser's are stood in for.
  const createObjectURL = jest.fn(() => 'blob:file-1');
  const revokeObjectURL = jest.fn();

  beforeEach(() => {
    jest.useFakeTimers();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    createObjectURL.mockClear();
    revokeObjectURL.mockClear();
  });

  afterEach(() => jest.useRealTimers());

  it('clicks a link to the blob under the file name, and frees the blob only after the click has started the save', () => {
    const clicked: { href: string; download: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download });
    });
    const blob = new Blob(['a;b']);

    saveFile(blob, 'Skole Tromsø.csv');

    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([{ href: 'blob:file-1', download: 'Skole Tromsø.csv' }]);
    expect(revokeObjectURL).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1_000);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:file-1');
    click.mockRestore();
  });
});
