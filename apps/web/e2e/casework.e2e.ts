import { addDays, exampleCompleteRequestAnswers, londonDateOf, type PlainDate } from '@casework/domain';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible, newPage, signInAs, startE2eWorld, type E2eWorld } from './support/world';

let world: E2eWorld;
beforeAll(async () => {
  world = await startE2eWorld();
});
afterAll(() => world?.close());

async function fillDate(group: Locator, date: PlainDate) {
  await group.getByLabel('Day').fill(String(Number(date.slice(8, 10))));
  await group.getByLabel('Month').fill(String(Number(date.slice(5, 7))));
  await group.getByLabel('Year').fill(date.slice(0, 4));
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.waitForURL(/\/sign-in/);
}

describe('LA casework from a school’s request to the decision whether to assess', () => {
  it('is allocated, decided with reasons, gets advice through an upload link, and the school sees the new status', async () => {
    const today = londonDateOf(new Date());
    const page = await newPage(world);

    // A SENCO in Camden sends a complete request (sections saved through the page's own API).
    await signInAs(page, 'senco@kentishtown.example.org');
    await page.getByRole('button', { name: 'Start a new request' }).click();
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    const requestId = page.url().split('/').pop() ?? '';
    const answers = exampleCompleteRequestAnswers(today);
    answers.child = {
      ...answers.child,
      legalName: 'Ruby Ann Clarke',
      homeLa: '202',
      currentSetting: '900021',
      postcode: 'NW5 2TU',
    };
    await page.evaluate(
      async ({ requestId, answers }) => {
        for (const [sectionId, section] of Object.entries(answers)) {
          const res = await fetch('/trpc/requests.saveSection', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ requestId, sectionId, baseVersion: 0, answers: section }),
          });
          if (!res.ok) throw new Error(await res.text());
        }
      },
      { requestId, answers },
    );
    await page.goto(`/requests/${requestId}/check`);
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByRole('heading', { level: 1, name: 'Request sent' }).waitFor();
    const reference = (await page.getByTestId('reference').textContent()) ?? '';
    expect(reference).toMatch(/^202-\d{4}-\d{5}$/);
    await signOut(page);

    // Camden's caseworker finds it among new requests and takes it.
    await signInAs(page, 'caseworker@camden.example.org');
    await page.getByRole('link', { name: 'New requests' }).click();
    await page.getByRole('heading', { level: 1, name: 'New requests' }).waitFor();
    await expectAccessible(page, 'intake');
    const row = page.getByRole('row', { name: new RegExp(reference) });
    await row.getByRole('button', { name: /Allocate to me/ }).click();
    await page.getByRole('row', { name: new RegExp(reference) }).waitFor({ state: 'detached' });

    await page.goto('/?caseworker=me');
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: 'Ruby Ann Clarke' }).waitFor();
    await expectAccessible(page, 'case overview');
    await page.getByText('Decide whether to assess').first().waitFor();

    // A decision dated tomorrow is refused with a clear message; today's is recorded.
    await page
      .getByRole('button', { name: /Record the decision whether to assess|Record decision/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Decision whether to assess' }).waitFor();
    await expectAccessible(page, 'decision form');
    await page.getByLabel('Yes, carry out an assessment').check();
    await fillDate(page.getByRole('group', { name: 'Date of the decision' }), addDays(today, 1));
    await page
      .getByLabel('Reasons for the decision')
      .fill('Ruby has or may have SEN and an EHC plan may be necessary (CFA s36(8)).');
    await page.getByRole('button', { name: 'Record decision' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('must be today or in the past');
    await expectAccessible(page, 'decision form with an error');
    await fillDate(page.getByRole('group', { name: 'Date of the decision' }), today);
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Decision recorded: the local authority will carry out an assessment').waitFor();

    // Advice from an educational psychologist, who uploads it through a single-use link.
    await page.getByRole('link', { name: 'Advice', exact: true }).click();
    await page.getByRole('button', { name: 'Ask for advice' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ask for advice' }).waitFor();
    await page.getByLabel('Educational psychologist').check();
    await page.getByLabel('Name of the adviser or team').fill('Camden Educational Psychology Service');
    await fillDate(page.getByRole('group', { name: 'When was the advice asked for?' }), today);
    await page.getByRole('button', { name: 'Record request for advice' }).click();
    await page.getByText('Advice asked for from Camden Educational Psychology Service').waitFor();
    await expectAccessible(page, 'advice tab');
    await page.getByRole('link', { name: /Create upload link/ }).click();
    await page.getByRole('button', { name: 'Create link' }).click();
    const url = await page.getByLabel('Upload link').inputValue();
    expect(url).toMatch(/\/advice\/[a-z2-7]{32}$/);

    const adviser = await newPage(world);
    await adviser.goto(new URL(url).pathname);
    await adviser.getByRole('heading', { level: 1, name: 'Send your advice' }).waitFor();
    await adviser.getByText('R. A. C.').waitFor();
    await expect(adviser.getByText('Ruby Ann Clarke').count()).resolves.toBe(0);
    await expectAccessible(adviser, 'adviser upload');
    await adviser.getByLabel('Upload your advice').setInputFiles({
      name: 'EP advice.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
    });
    await adviser.getByRole('button', { name: 'Send advice' }).click();
    await adviser.getByRole('heading', { name: 'Advice sent' }).waitFor();
    await adviser.reload();
    await adviser.getByRole('heading', { level: 1, name: 'This link cannot be used' }).waitFor();
    await adviser.context().close();

    const caseId = /\/cases\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    await page.goto(`/cases/${caseId}/documents`);
    await page
      .getByRole('link', { name: /EP advice\.pdf/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'documents tab');
    await signOut(page);

    // The school sees the new status at once.
    await signInAs(page, 'senco@kentishtown.example.org');
    const schoolRow = page.getByRole('row', { name: new RegExp(reference) });
    await schoolRow.waitFor();
    await expect(schoolRow.textContent()).resolves.toContain('Assessing');
    await schoolRow.getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: `Request ${reference}` }).waitFor();
    await page
      .getByText(/Decided to carry out an EHC needs assessment/)
      .first()
      .waitFor();
    await expectAccessible(page, 'school view after the decision');
    await page.context().close();
  });
});
