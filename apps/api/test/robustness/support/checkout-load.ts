import { type RawResponse, send } from './raw-http';
import { sleep } from './api-process';

/** A customer with a cart of their own; `load` runs one worker per shopper. */
export interface Shopper {
  userId: string;
  token: string;
  deliveryAddressId: string;
}

/** One answer (or none) the load saw, for the figures and for asserting what an outage may say. */
export interface Seen {
  at: number;
  step: 'fill' | 'checkout';
  /** 0: no answer (connection refused or cut). */
  status: number;
  code?: string;
  retryAfter?: string;
}

export interface LoadOptions {
  /** Where the API is now: a crash test restarts it on the same port, so this stays put. */
  origin: string;
  shoppers: Shopper[];
  ordersPerShopper: number;
  skus: string[];
  /** Unique per run, so keys never collide with another test's. */
  keyPrefix: string;
  /** Called after each answered checkout; the crash test kills the API from here. */
  onOrder?: (answered: number) => void;
}

export interface LoadResult {
  /** Idempotency-Key → the order id its 201 answered. */
  orders: Map<string, string>;
  seen: Seen[];
  requests: number;
  /** Requests that got no answer or a "try again" answer, and were sent again. */
  retried: number;
  /** Retries answered from the key: the first try had committed, its answer was lost. */
  replayed: number;
}

/** Answers worth retrying: none at all, or the API saying "try again" (outage, a key still in use). */
const isRetryable = (response: RawResponse | undefined, code: string | undefined) =>
  !response || response.status === 503 || (response.status === 409 && code === 'idempotency_key_in_use');

/**
 * Checkouts as clients that do it right: each worker fills its shopper's cart and places the
 * order with its own Idempotency-Key, and retries every request that got no answer — with the
 * same key — until it is answered. Any answer other than success or "try again" fails the run.
 */
export async function runCheckoutLoad(options: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = { orders: new Map(), seen: [], requests: 0, retried: 0, replayed: 0 };
  const untilAnswered = async (
    step: Seen['step'],
    shopper: Shopper,
    path: string,
    body: unknown,
    key?: string,
  ): Promise<RawResponse> => {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) result.retried++;
      result.requests++;
      const response = await send(
        options.origin,
        {
          method: 'POST',
          path,
          headers: {
            authorization: `Bearer ${shopper.token}`,
            'content-type': 'application/json',
            ...(key ? { 'idempotency-key': key } : {}),
          },
          body: Buffer.from(JSON.stringify(body)),
        },
        60_000,
      ).catch(() => undefined);
      const code = response ? codeOf(response) : undefined;
      const retryAfter = response?.headers['retry-after'];
      result.seen.push({
        at: Date.now(),
        step,
        status: response?.status ?? 0,
        ...(code ? { code } : {}),
        ...(typeof retryAfter === 'string' ? { retryAfter } : {}),
      });
      if (response && response.status < 300) {
        if (attempt > 0 && response.headers['idempotent-replayed'] === 'true') result.replayed++;
        return response;
      }
      if (!isRetryable(response, code))
        throw new Error(`${step} answered ${response?.status}: ${response?.text.slice(0, 500)}`);
      await sleep(100 + attempt * 50 > 1_000 ? 1_000 : 100 + attempt * 50);
    }
  };

  const worker = async (shopper: Shopper, index: number) => {
    for (let n = 0; n < options.ordersPerShopper; n++) {
      const items = [
        { sku: options.skus[n % options.skus.length], quantity: 1 + (n % 4) },
        { sku: options.skus[(n + index + 1) % options.skus.length], quantity: 2 },
      ];
      await untilAnswered('fill', shopper, '/api/quick-order/cart', { items });
      const key = `${options.keyPrefix}-${index}-${n}`;
      const placed = await untilAnswered(
        'checkout',
        shopper,
        '/api/orders',
        {
          deliveryAddressId: shopper.deliveryAddressId,
          shippingMethod: n % 3 === 0 ? 'express' : 'standard',
          // Any SKU may be bulky; checkout refuses bulky goods without access notes.
          accessNotes: { access: 'street_level' },
        },
        key,
      );
      result.orders.set(key, (JSON.parse(placed.text) as { id: string }).id);
      options.onOrder?.(result.orders.size);
    }
  };
  await Promise.all(options.shoppers.map(worker));
  return result;
}

function codeOf(response: RawResponse): string | undefined {
  try {
    const body = JSON.parse(response.text) as { code?: unknown };
    return typeof body.code === 'string' ? body.code : undefined;
  } catch {
    return undefined;
  }
}
