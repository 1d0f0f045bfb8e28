/**
 * Records every request a browser context makes, so a test can prove that the site loads
 * nothing from third parties: every request must go to the local server (or be inline data).
 */
import type { BrowserContext } from 'playwright-core';

export class RequestLog {
  readonly urls: string[] = [];

  constructor(private readonly origin: string) {}

  attach(context: BrowserContext): void {
    context.on('request', (request) => this.urls.push(request.url()));
  }

  /** Requests that left the local server. Inline data: and blob: URLs stay in the page. */
  outsideRequests(): string[] {
    return this.urls.filter((url) => !isLocal(url, this.origin));
  }
}

export function isLocal(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  return new URL(url).origin === origin;
}
