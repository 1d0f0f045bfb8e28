/**
 * One browser test file's setup: build/ served on a free port, Chromium, and a log of every
 * request made by every page the file opens. Call `start()` in `before` and `stop()` in `after`.
 */
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { requireBuild } from './paths.ts';
import { RequestLog } from './request-log.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export class SiteSession {
  private server?: StaticServer;
  private browserInstance?: Browser;
  private log?: RequestLog;
  private readonly contexts: BrowserContext[] = [];

  async start(): Promise<void> {
    const root = requireBuild();
    this.server = await startStaticServer({ root });
    this.log = new RequestLog(this.server.origin);
    this.browserInstance = await launchChromium();
  }

  async stop(): Promise<void> {
    for (const context of this.contexts) await context.close().catch(() => undefined);
    await this.browserInstance?.close();
    await this.server?.close();
  }

  get origin(): string {
    if (!this.server) throw new Error('SiteSession.start() was not called');
    return this.server.origin;
  }

  get requests(): RequestLog {
    if (!this.log) throw new Error('SiteSession.start() was not called');
    return this.log;
  }

  url(route: string): string {
    return new URL(route, this.origin).href;
  }

  /** A fresh context (own storage, so colour mode does not leak between tests), logged. */
  async newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
    if (!this.browserInstance) throw new Error('SiteSession.start() was not called');
    const context = await this.browserInstance.newContext({ viewport: { width: 1280, height: 800 }, ...options });
    // A limit, not a timing assertion: generous, because CI machines and shared ones are slow.
    context.setDefaultTimeout(60_000);
    context.setDefaultNavigationTimeout(60_000);
    this.requests.attach(context);
    this.contexts.push(context);
    return context;
  }

  async newPage(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await this.newContext(options);
    return context.newPage();
  }

  /** Opens a route and waits until the page has hydrated and its requests have settled. */
  async open(page: Page, route: string): Promise<number> {
    const response = await page.goto(this.url(route), { waitUntil: 'networkidle' });
    await waitForHydration(page);
    return response?.status() ?? 0;
  }
}

/** Docusaurus flips data-has-hydrated once React has taken over the server HTML. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
}

/** The closing check of every browser test file: the pages it opened loaded nothing from elsewhere. */
export function assertOnlyLocalRequests(session: SiteSession): void {
  assert.ok(session.requests.urls.length > 0, 'no request was recorded');
  assert.deepEqual(session.requests.outsideRequests(), [], 'requests left the local server');
}

/**
 * Follow a link in the page (client-side routing) and return the new page's `h1` once it has
 * rendered: the address changes before React renders the new page, so reading the heading right
 * after the address changed may still find the old one.
 */
export async function followToHeading(page: Page, click: () => Promise<void>, pathname: string): Promise<string | null> {
  const heading = page.getByRole('heading', { level: 1 });
  const before = await heading.first().textContent().catch(() => null);
  await click();
  await page.waitForURL((url) => url.pathname === pathname);
  await page.waitForFunction((previous) => document.querySelector('h1')?.textContent !== previous, before);
  return heading.textContent();
}
