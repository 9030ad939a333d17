import type { Server, ServerResponse } from 'node:http';

/**
 * Closes an HTTP server without cutting off a request: the port stops accepting, idle keep-alive
 * connections close at once, every running request finishes and its connection then closes
 * (`Connection: close`, so a load balancer does not send the next request down it), and whatever
 * still runs after `timeoutMs` is cut off.
 */
export class ConnectionDrain {
  private readonly running = new Set<ServerResponse>();
  private closing = false;

  constructor(private readonly server: Server) {
    server.on('request', (_request, response: ServerResponse) => {
      if (this.closing) response.shouldKeepAlive = false;
      this.running.add(response);
      response.on('close', () => this.running.delete(response));
    });
  }

  /** Resolves once every connection is closed; true when none had to be cut off. */
  close(timeoutMs: number): Promise<boolean> {
    this.closing = true;
    // Responses not yet started go out as the last one on their connection.
    for (const response of this.running) if (!response.headersSent) response.shouldKeepAlive = false;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.server.closeAllConnections();
        resolve(false);
      }, timeoutMs);
      this.server.close(() => {
        clearTimeout(timer);
        resolve(true);
      });
      this.server.closeIdleConnections();
    });
  }
}
