import { exampleCompleteRequestAnswers, londonDateOf, type RequestAnswers } from '@casework/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectAccessible, newPage, signInAs, startE2eWorld, type E2eWorld } from './support/world';

let world: E2eWorld;
beforeAll(async () => {
  world = await startE2eWorld();
});
afterAll(() => world?.close());

/** Saves sections through the same API the page uses, as fast typing would. */
async function saveSections(page: Page, requestId: string, answers: RequestAnswers) {
  await page.evaluate(
    async ({ requestId, answers }) => {
      const detail = (await (
        await fetch(`/trpc/requests.byId?input=${encodeURIComponent(JSON.stringify({ requestId }))}`)
      ).json()) as {
        result: { data: { sections: { sectionId: string; version: number }[] } };
      };
      for (const [sectionId, sectionAnswers] of Object.entries(answers)) {
        const baseVersion = detail.result.data.sections.find((s) => s.sectionId === sectionId)?.version ?? 0;
        const res = await fetch('/trpc/requests.saveSection', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ requestId, sectionId, baseVersion, answers: sectionAnswers }),
        });
        if (!res.ok) throw new Error(`save ${sectionId} failed: ${res.status} ${await res.text()}`);
      }
    },
    { requestId, answers },
  );
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.waitForURL(/\/sign-in/);
}

describe('a request from a school to a local authority', () => {
  it('is written with a teacher, checked, fixed, sent and tracked under the right LA', async () => {
    const started = performance.now();
    const page = await newPage(world);

    // The SENCO starts a request.
    await signInAs(page, 'senco@oakfield.example.org');
    await page.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
    await expectAccessible(page, 'requests list');
    await page.getByRole('button', { name: 'Start a new request' }).click();
    await page.getByRole('heading', { level: 1, name: 'Request an EHC needs assessment' }).waitFor();
    await expectAccessible(page, 'start');
    await page.getByRole('button', { name: 'Start now' }).click();
    await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
    const requestId = page.url().split('/').pop() ?? '';
    await page.getByRole('heading', { level: 1, name: 'Request for an EHC needs assessment' }).waitFor();
    await expectAccessible(page, 'task list');

    // The SENCO types the child's name in the form; autosave keeps it.
    await page.getByRole('link', { name: 'About the child or young person' }).click();
    await page.getByLabel('Full legal name').fill('Amelia Grace Thompson');
    await page.getByText(/Saved at/).waitFor();
    await expectAccessible(page, 'child section');

    // Most sections are filled in quickly through the API, with one mistake left in (the postcode),
    // and the child's views left for a teacher.
    const answers = exampleCompleteRequestAnswers(londonDateOf(new Date()));
    const { views: _views, ...rest } = answers;
    const child = {
      ...rest.child,
      legalName: 'Amelia Grace Thompson',
      postcode: 'ME15 6A',
      homeLa: '886',
      currentSetting: '900001',
    };
    await saveSections(page, requestId, { ...rest, child });

    // The SENCO asks a teacher to write the child's views.
    await page.goto(`/requests/${requestId}/assign`);
    await page.getByRole('heading', { level: 1, name: 'Ask a teacher to write a section' }).waitFor();
    await expectAccessible(page, 'assign section');
    await page.getByLabel('Views of the child and family').check();
    await page.getByLabel('Teacher’s email address').fill('teacher@oakfield.example.org');
    await page.getByRole('button', { name: 'Ask them to write it' }).click();
    await page.getByText('Priya Shah has been asked to write the section').waitFor();
    await signOut(page);

    // The teacher writes the section and marks it as done.
    await signInAs(page, 'teacher@oakfield.example.org');
    await page.getByRole('heading', { level: 1, name: 'Sections to write' }).waitFor();
    await expectAccessible(page, 'teacher home');
    await page.getByRole('link', { name: 'Views of the child and family' }).click();
    await page.getByRole('heading', { level: 1, name: 'Views of the child and family' }).waitFor();
    await page.getByLabel('What people like and admire about me').waitFor();
    const textareas = page.locator('textarea');
    const count = await textareas.count();
    for (let i = 0; i < count; i += 1) {
      await textareas
        .nth(i)
        .fill(`Amelia says this about herself (${i + 1}): she loves drawing and wants to be a vet.`);
    }
    await expectAccessible(page, 'teacher section');
    await page.getByRole('button', { name: 'Save and mark as done' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sections to write' }).waitFor();
    await page.getByText('Done', { exact: true }).waitFor();
    await signOut(page);

    // The SENCO sees who wrote it, uploads a PDF and checks the answers.
    await signInAs(page, 'senco@oakfield.example.org');
    await page.goto(`/requests/${requestId}`);
    await page.getByText(/Assigned to Priya Shah \(done\)/).waitFor();
    await page.getByRole('link', { name: 'Add or remove files' }).click();
    await page.getByRole('heading', { level: 1, name: 'Evidence' }).waitFor();
    await expectAccessible(page, 'evidence');
    await page.getByLabel('Upload a file').setInputFiles({
      name: 'EP report.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
    });
    await page.getByLabel('Report or assessment').check();
    await page.getByRole('button', { name: 'Upload file' }).click();
    await page.getByText('EP report.pdf has been added').waitFor();

    await page.goto(`/requests/${requestId}/check`);
    await page.getByRole('heading', { level: 1, name: 'Check your answers before sending' }).waitFor();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expectAccessible(page, 'check answers with a problem');
    await expect(summary.textContent()).resolves.toMatch(/postcode/i);

    // The link in the error summary leads to the field; the SENCO corrects it.
    await summary.getByRole('link', { name: /postcode/i }).click();
    await page.getByRole('heading', { level: 1, name: 'About the child or young person' }).waitFor();
    await page.getByLabel('Postcode').fill('ME15 6AB');
    await page.getByText(/Saved at/).waitFor();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Request for an EHC needs assessment' }).waitFor();

    await page.getByRole('button', { name: 'Check your answers and send' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your answers before sending' }).waitFor();
    await expect(page.locator('.govuk-error-summary').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Send request' }).click();

    await page.getByRole('heading', { level: 1, name: 'Request sent' }).waitFor();
    await expectAccessible(page, 'confirmation');
    const reference = (await page.getByTestId('reference').textContent()) ?? '';
    expect(reference).toMatch(/^886-\d{4}-\d{5}$/);

    // The request is tracked under Kent with its reference.
    await page.getByRole('link', { name: 'Go to your requests' }).click();
    const row = page.getByRole('row', { name: new RegExp(reference) });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Kent');
    await expect(row.textContent()).resolves.toContain('Received by LA');
    await expectAccessible(page, 'requests list with a request');
    await signOut(page);

    // Kent's caseworker has it at once.
    await signInAs(page, 'caseworker@kent.example.org');
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: 'Amelia Grace Thompson' }).waitFor();
    await page.getByText(`Case ${reference}`).waitFor();
    await page.getByText('Amelia Grace Thompson').first().waitFor();
    await expectAccessible(page, 'LA view of the request');
    await page.context().close();

    console.log(`Scripted browser journey took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
});
