import type { TokenPair } from '@lumen/shared/contracts';

/**
 * The body of an answer whose type a test does not name: it reads the JSON freely
 * (`body.items[0].sku`) and `expect` is what checks its shape. Name a contract type
 * (`get<OrderDetail>(...)`) to have the compiler check it too.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- `unknown` would turn every such read into a cast; this one alias is where the tests opt out
export type UntypedBody = any;

export interface HttpResponse<T = UntypedBody> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A thin fetch wrapper: the tests speak HTTP to the running app, as the portal does. */
export class HttpClient {
  constructor(readonly baseUrl: string) {}

  async request<T = UntypedBody>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<HttpResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    let body: BodyInit | undefined;
    if (options.body instanceof FormData || typeof options.body === 'string') {
      body = options.body;
    } else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body,
    });
    const text = await response.text();
    let parsed: unknown = text;
    if (
      response.headers.get('content-type')?.includes('application/json') &&
      text
    )
      parsed = JSON.parse(text);
    return {
      status: response.status,
      body: parsed as T,
      headers: response.headers,
      text,
    };
  }

  get<T = UntypedBody>(path: string, options?: RequestOptions) {
    return this.request<T>('GET', path, options);
  }

  post<T = UntypedBody>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('POST', path, { ...options, body });
  }

  patch<T = UntypedBody>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PATCH', path, { ...options, body });
  }

  put<T = UntypedBody>(path: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PUT', path, { ...options, body });
  }

  delete<T = UntypedBody>(path: string, options?: RequestOptions) {
    return this.request<T>('DELETE', path, options);
  }

  /** Logs in and returns the token pair; fails the test on anything but 200. */
  async login(email: string, password = DEMO_PASSWORD): Promise<TokenPair> {
    const response = await this.post<TokenPair>('/auth/login', {
      email,
      password,
    });
    if (response.status !== 200)
      throw new Error(
        `login of ${email} answered ${response.status}: ${response.text}`,
      );
    return response.body;
  }

  async tokenFor(email: string, password = DEMO_PASSWORD): Promise<string> {
    return (await this.login(email, password)).accessToken;
  }
}

export const DEMO_PASSWORD = 'Lumen-demo-2026';
