import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

import AxeBuilder from '@axe-core/playwright';
import { serve, type ServerType } from '@hono/node-server';
import { readEnv } from '@casework/api/env';
import { startApp } from '@casework/api/server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

const webDist = fileURLToPath(new URL('../../dist', import.meta.url));

export interface E2eWorld {
  baseUrl: string;
  browser: Browser;
  close: () => Promise<void>;
}

/**
 * The real server, in this process, on a free port, with a fresh embedded database seeded with
 * the demo data, serving the built web app; and Debian's Chromium driven by playwright-core.
 */
export async function startE2eWorld(): Promise<E2eWorld> {
  const dataDir = mkdtempSync(join(tmpdir(), 'casework-e2e-'));
  const port = 3200 + Math.floor(Math.random() * 500);
  const env = readEnv({
    PORT: String(port),
    APP_ORIGIN: `http://localhost:${port}`,
    PGLITE_DATA_DIR: join(dataDir, 'pglite'),
    UPLOAD_DIR: join(dataDir, 'uploads'),
    OUTBOX_DIR: join(dataDir, 'outbox'),
    WEB_DIST_DIR: webDist,
    LOG_LEVEL: 'warn',
  });
  const { app, connection } = await startApp(env);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const actualPort = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  return {
    baseUrl: `http://localhost:${actualPort}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connection.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function newPage(world: E2eWorld): Promise<Page> {
  // AxeBuilder needs a page made from a context, not browser.newPage().
  const context = await world.browser.newContext({ baseURL: world.baseUrl });
  return context.newPage();
}

/** Fails on serious or critical WCAG 2.2 A/AA violations, naming each one. */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${label}: ${v.id} (${v.impact}) ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`,
    ),
  ).toEqual([]);
}

export async function signInAs(page: Page, email: string, password = 'demo-password-2026') {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Either signed in (the page moves on) or refused (the error summary appears).
  await Promise.race([
    page.waitForURL((url) => !url.pathname.startsWith('/sign-in')),
    page.locator('.govuk-error-summary').waitFor(),
  ]);
}
