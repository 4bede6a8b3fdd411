import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible, newPage, signInAs, startE2eWorld, type E2eWorld } from './support/world';

let world: E2eWorld;
beforeAll(async () => {
  world = await startE2eWorld();
});
afterAll(() => world?.close());

describe('signing in', () => {
  it('shows a clear error for a wrong password, then takes a SENCO to their requests', async () => {
    const page = await newPage(world);
    await page.goto('/');
    await page.waitForURL(/\/sign-in/);
    await expectAccessible(page, 'sign-in');

    await signInAs(page, 'senco@oakfield.example.org', 'not-the-right-password');
    const summary = page.locator('.govuk-error-summary');
    await expect(summary.textContent()).resolves.toContain('The email address or password is not right');
    await expectAccessible(page, 'sign-in with error');

    await signInAs(page, 'senco@oakfield.example.org');
    await page.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
    await page.getByText('Oakfield Primary School').first().waitFor();
    await expect(page.title()).resolves.toBe('Requests – Casework');
    await expectAccessible(page, 'SENCO home');

    await page.getByRole('link', { name: 'Change organisation' }).click();
    await page.getByLabel('Riverside Academy').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
    await expect(page.locator('.govuk-caption-l').textContent()).resolves.toBe('Riverside Academy');
    await page.context().close();
  });

  it('takes a caseworker to their caseload, lists their sessions and signs them out', async () => {
    const page = await newPage(world);
    await signInAs(page, 'caseworker@kent.example.org');
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    await page.getByText('Kent').first().waitFor();
    await expectAccessible(page, 'caseworker home');

    await page.getByRole('link', { name: 'Your sessions' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Your sessions' }).waitFor();
    await page.getByText('This browser').waitFor();
    await expectAccessible(page, 'sessions');

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto('/');
    await page.waitForURL(/\/sign-in/);
    await page.context().close();
  });

  it('shows a page not found for an unknown address', async () => {
    const page = await newPage(world);
    await signInAs(page, 'caseworker@kent.example.org');
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    await page.goto('/no-such-page');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await expectAccessible(page, '404');
    await page.context().close();
  });
});
