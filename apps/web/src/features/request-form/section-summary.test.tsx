import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import {
  exampleCompleteRequestAnswers,
  findSection,
  formatLongDate,
  plainDate,
  requestTemplateV1,
  type RequestAnswers,
} from '@casework/domain';

import { errorTargetId } from './field-paths';
import { SectionSummary, type SectionSummaryProps } from './section-summary';
import { texts } from './test-markup';

const today = plainDate('2026-03-07');
const template = requestTemplateV1;
const complete = exampleCompleteRequestAnswers(today);
const localAuthorities = [
  { code: '886', name: 'Kent', isOnboarded: true },
  { code: '202', name: 'Camden', isOnboarded: false },
];

function render(
  sectionId: string,
  answers: RequestAnswers,
  extra: Partial<SectionSummaryProps> = {},
): string {
  return renderToStaticMarkup(
    <SectionSummary
      template={template}
      section={findSection(template, sectionId)}
      answers={answers}
      today={today}
      localAuthorities={localAuthorities}
      describeSchool={(urn) => (urn === '118945' ? 'Oakfield Primary School' : undefined)}
      {...extra}
    />,
  );
}

/** Each summary row as [key, value text]. */
function rows(markup: string): Array<[string, string]> {
  const keys = texts(markup, 'dt');
  const values = [...markup.matchAll(/<dd class="govuk-summary-list__value">([\s\S]*?)<\/dd>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/<br\/>/g, '\n')
      .replace(/<\/li><li>/g, '; ')
      .replace(/<[^>]+>/g, ''),
  );
  return keys.map((key, index) => [key, values[index] ?? '']);
}

describe('SectionSummary', () => {
  it.each(template.sections.map((s) => s.id))('reads back %s of a complete request', (sectionId) => {
    expect(() => render(sectionId, complete)).not.toThrow();
    expect(() => render(sectionId, {})).not.toThrow();
  });

  it('shows each answer as people read it', () => {
    const shown = Object.fromEntries(rows(render('child', complete)));
    expect(shown['Full legal name']).toBe('Amelia Grace Thompson');
    expect(shown['Date of birth']).toBe(formatLongDate(plainDate(complete.child?.dateOfBirth as string)));
    expect(shown.Sex).toBe('Female');
    expect(shown['Local authority area the child lives in']).toBe('Kent');
    expect(shown['Current school or setting']).toBe('Oakfield Primary School (URN 118945)');
    expect(shown['Year group']).toBe('Year 5');
    expect(shown['Attendance over the last 12 months']).toBe('91.5%');
    expect(shown['NHS number']).toBe('943 476 5919');
    expect(shown['Is the child looked after by a local authority?']).toBe('No');
    expect(shown['Address line 2']).toBe('Not provided');
  });

  it('leaves out questions that are not shown for these answers', () => {
    const keys = texts(render('child', complete), 'dt');
    expect(keys).not.toContain('Which local authority looks after the child?');
    const lookedAfter = { child: { ...complete.child, lookedAfter: 'yes', responsibleLa: '202' } };
    expect(
      Object.fromEntries(rows(render('child', lookedAfter)))['Which local authority looks after the child?'],
    ).toBe('Camden');
  });

  it('says which questions were not answered', () => {
    const shown = Object.fromEntries(rows(render('child', {})));
    expect(shown['Full legal name']).toBe('Not answered');
    expect(shown['Preferred name']).toBe('Not provided');
    expect(Object.fromEntries(rows(render('parents', {})))['Parents and carers']).toBe('Not answered');
  });

  it('lists ticked options', () => {
    const markup = render('consent', complete);
    expect(markup).toContain('<ul class="govuk-list"><li>Educational psychology</li>');
    expect(
      Object.fromEntries(rows(markup))['Which services may the local authority share information with?'],
    ).toBe('Educational psychology; Speech and language therapy; Paediatrics');
  });

  it('keeps the line breaks of a long answer', () => {
    const answers = { views: { likeAndAdmire: 'I am kind.\nI draw animals.' } };
    expect(render('views', answers)).toContain('I am kind.<br/>I draw animals.');
  });

  it('shows each item of a group in its own card, with numbers and money formatted', () => {
    const markup = render('graduatedApproach', complete);
    expect(texts(markup, 'h3')).toEqual(['Cycle 1', 'Cycle 2', 'Provision 1', 'Provision 2', 'Provision 3']);
    const shown = rows(markup);
    expect(shown).toContainEqual(['Cost', '£7,600']);
    expect(shown).toContainEqual(['Hours a week', '1.5 hours']);
    expect(shown).toContainEqual(['Attainment and progress', complete.graduatedApproach?.attainment]);
    // The section's own answers keep their place between the two groups.
    expect(markup.indexOf('Attainment and progress')).toBeGreaterThan(markup.indexOf('Cycle 2'));
    expect(markup.indexOf('Attainment and progress')).toBeLessThan(markup.indexOf('Provision 1'));
  });

  it('adds Change links that name the question (and the item) for screen readers', () => {
    const changeHref = (path: string) => `/requests/r1/child#${errorTargetId(template, path)}`;
    const markup = render('child', complete, { changeHref });
    expect(markup).toContain(
      '<a class="govuk-link" href="/requests/r1/child#child-dateOfBirth-day">Change<span class="govuk-visually-hidden"> date of birth</span></a>',
    );
    expect(markup).toContain('<span class="govuk-visually-hidden"> NHS number</span>');
    const parents = render('parents', complete, { changeHref });
    expect(parents).toContain(
      'href="/requests/r1/child#parents-items-1-phone">Change<span class="govuk-visually-hidden"> phone number (Parent or carer 2)</span>',
    );
  });

  it('has no Change links when the answers cannot be changed', () => {
    expect(render('child', complete)).not.toContain('Change');
  });
});
