import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import {
  addMonths,
  exampleCompleteRequestAnswers,
  fieldElementId,
  findSection,
  plainDate,
  requestTemplateV1,
  validateRequest,
  visibleFields,
  visibleItemFields,
  type FieldType,
  type RequestAnswers,
  type SectionAnswers,
} from '@casework/domain';

import { errorTargetId } from './field-paths';
import { SectionFields, type SectionFieldsProps } from './section-fields';
import { attribute, tags, tagWithId, texts } from './test-markup';

const today = plainDate('2026-03-07');
const template = requestTemplateV1;
const localAuthorities = [
  { code: '886', name: 'Kent', isOnboarded: true },
  { code: '202', name: 'Camden', isOnboarded: false },
  { code: '330', name: 'Birmingham', isOnboarded: true },
];
const ignore = (_next: SectionAnswers) => undefined;

function render(sectionId: string, answers: RequestAnswers, extra: Partial<SectionFieldsProps> = {}): string {
  return renderToStaticMarkup(
    <SectionFields
      template={template}
      section={findSection(template, sectionId)}
      answers={answers}
      onChange={ignore}
      errors={{}}
      today={today}
      localAuthorities={localAuthorities}
      {...extra}
    />,
  );
}

function child(answers: SectionAnswers): RequestAnswers {
  return { child: answers };
}

/** The id of the element a question's label points at (its first input). */
function controlIds(answers: RequestAnswers): string[] {
  const ctx = { today };
  return template.sections.flatMap((section) =>
    visibleFields(section, answers, ctx).flatMap((field) => {
      const path = `${section.id}.${field.id}`;
      if (field.type !== 'group') return [errorTargetId(template, path)];
      const items = (answers[section.id]?.[field.id] ?? []) as Array<Record<string, string>>;
      return items.flatMap((item, index) =>
        visibleItemFields(field, item, answers, ctx).map((sub) =>
          errorTargetId(template, `${path}.${index}.${sub.id}`),
        ),
      );
    }),
  );
}

describe('SectionFields', () => {
  const complete = exampleCompleteRequestAnswers(today);

  it('covers every kind of question the template uses', () => {
    const used = new Set<FieldType>();
    for (const section of template.sections) {
      for (const field of section.fields) {
        used.add(field.type);
        if (field.type === 'group') for (const sub of field.fields) used.add(sub.type);
      }
    }
    const all: FieldType[] = [
      'text',
      'textarea',
      'date',
      'select',
      'radios',
      'checkboxes',
      'yesNo',
      'upn',
      'nhsNumber',
      'postcode',
      'email',
      'phone',
      'number',
      'schoolUrn',
      'laCode',
      'group',
    ];
    expect([...used].sort()).toEqual([...all].sort());
  });

  it.each(template.sections.map((s) => s.id))(
    'draws every question of %s for a complete request',
    (sectionId) => {
      const markup = render(sectionId, complete);
      const section = findSection(template, sectionId);
      const ids = controlIds({ [sectionId]: complete[sectionId] ?? {}, child: complete.child }).filter((id) =>
        id.startsWith(`${sectionId}-`),
      );
      if (section.condition === undefined) expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(tagWithId(markup, id), id).not.toBe('');
    },
  );

  it.each(template.sections.map((s) => s.id))('draws %s for a request with no answers yet', (sectionId) => {
    expect(() => render(sectionId, {})).not.toThrow();
  });

  it('draws the preparing for adulthood questions only from Year 9', () => {
    expect(render('preparingForAdulthood', child({ yearGroup: 'year8' }))).toBe('');
    expect(render('preparingForAdulthood', child({ yearGroup: 'year9' }))).toContain(
      'id="preparingForAdulthood-employment"',
    );
  });

  it('shows the stored answers in their controls', () => {
    const markup = render('child', complete);
    expect(attribute(tagWithId(markup, 'child-legalName'), 'value')).toBe('Amelia Grace Thompson');
    expect(attribute(tagWithId(markup, 'child-dateOfBirth-day'), 'value')).toBe('7');
    expect(attribute(tagWithId(markup, 'child-dateOfBirth-month'), 'value')).toBe('11');
    expect(attribute(tagWithId(markup, 'child-dateOfBirth-year'), 'value')).toBe('2015');
    expect(attribute(tagWithId(markup, 'child-sex'), 'checked')).toBe('');
    expect(attribute(tagWithId(markup, 'child-attendance'), 'value')).toBe('91.5');
    expect(markup).toContain('<option value="886" selected="">Kent</option>');
    expect(markup).toContain('<option value="year5" selected="">Year 5</option>');
    expect(attribute(tagWithId(markup, 'child-lookedAfter-2'), 'checked')).toBe('');
  });

  it('gives identifier and number boxes the right keyboard, width and no spellcheck', () => {
    const markup = render('child', complete);
    const nhs = tagWithId(markup, 'child-nhsNumber');
    expect(attribute(nhs, 'inputmode')).toBe('numeric');
    expect(attribute(nhs, 'spellcheck')).toBe('false');
    expect(attribute(nhs, 'class')).toContain('govuk-input--width-10');
    expect(attribute(tagWithId(markup, 'child-attendance'), 'inputmode')).toBe('decimal');
    expect(attribute(tagWithId(markup, 'child-currentSetting'), 'inputmode')).toBe('numeric');
    expect(attribute(tagWithId(markup, 'child-postcode'), 'autocomplete')).toBe('off');
    expect(markup).toContain('<div class="govuk-input__suffix" aria-hidden="true">%</div>');
    const costs = render('graduatedApproach', complete);
    expect(costs).toContain('<div class="govuk-input__prefix" aria-hidden="true">£</div>');
    expect(attribute(tagWithId(costs, 'graduatedApproach-provisionMap-0-weeks'), 'inputmode')).toBe(
      'numeric',
    );
  });

  it('sets a character limit on long answers from their maximum length', () => {
    const markup = render('views', complete);
    expect(markup).toContain('You can enter up to 4000 characters');
  });

  it('marks questions that need no answer as optional', () => {
    const markup = render('child', {});
    expect(texts(markup, 'label')).toContain('Preferred name (optional)');
    expect(texts(markup, 'label')).toContain('Full legal name');
  });

  it('asks which local authority looks after the child only when the child is looked after', () => {
    expect(render('child', child({ lookedAfter: 'no' }))).not.toContain('id="child-responsibleLa"');
    const markup = render('child', child({ lookedAfter: 'yes' }));
    expect(markup).toContain('id="child-responsibleLa"');
    expect(markup).toContain('id="child-socialWorkerEmail"');
  });

  it('asks for the young person’s own consent from age 16, and the parent’s is then optional', () => {
    const at15 = render('consent', child({ dateOfBirth: addMonths(today, -(15 * 12 + 11)) }));
    expect(at15).not.toContain('id="consent-youngPersonConsent"');
    expect(texts(at15, 'legend')).toContain('Does the parent or carer agree to this request being made?');

    const at16 = render('consent', child({ dateOfBirth: addMonths(today, -16 * 12) }));
    expect(at16).toContain('id="consent-youngPersonConsent"');
    expect(texts(at16, 'legend')).toContain(
      'Does the parent or carer agree to this request being made? (optional)',
    );
  });

  it('asks for an item’s details when its own answers call for them', () => {
    const markup = render('parents', {
      parents: { items: [{ relationship: 'other', livesWithChild: 'no' }, { relationship: 'mother' }] },
    });
    expect(markup).toContain('id="parents-items-0-relationshipOther"');
    expect(markup).toContain('id="parents-items-0-postcode"');
    expect(markup).not.toContain('id="parents-items-1-relationshipOther"');
    expect(markup).not.toContain('id="parents-items-1-postcode"');
  });

  it('lists local authorities by name after a prompt, saying which do not use Casework yet', () => {
    const markup = render('child', {});
    const select = markup.slice(markup.indexOf('id="child-homeLa"'));
    const options = texts(select.slice(0, select.indexOf('</select>')), 'option');
    expect(options).toEqual([
      'Choose a local authority',
      'Birmingham',
      'Camden (not using Casework yet)',
      'Kent',
    ]);
  });

  it('names the school for a known URN', () => {
    const describeSchool = (urn: string) => (urn === '118945' ? 'Oakfield Primary School' : undefined);
    const known = render('child', complete, { describeSchool });
    expect(known).toContain('School: <strong>Oakfield Primary School</strong>');
    expect(attribute(tagWithId(known, 'child-currentSetting'), 'aria-describedby')).toContain(
      'child-currentSetting-school',
    );
    const unknown = render('child', child({ currentSetting: '100000' }), { describeSchool });
    expect(unknown).not.toContain('School:');
  });

  it('shows a partly typed date as it was typed', () => {
    const markup = render('child', child({ dateOfBirth: '2015--07' }), {
      errors: { 'child.dateOfBirth': 'Date of birth must include a month' },
    });
    expect(attribute(tagWithId(markup, 'child-dateOfBirth-day'), 'value')).toBe('07');
    expect(attribute(tagWithId(markup, 'child-dateOfBirth-month'), 'value')).toBe('');
    expect(attribute(tagWithId(markup, 'child-dateOfBirth-year'), 'value')).toBe('2015');
    expect(attribute(tagWithId(markup, 'child-dateOfBirth-month'), 'class')).toContain('govuk-input--error');
    expect(attribute(tagWithId(markup, 'child-dateOfBirth-day'), 'class')).not.toContain(
      'govuk-input--error',
    );
  });

  it('shows a number that is not one yet as it was typed', () => {
    const markup = render('child', child({ attendance: '87.' }));
    expect(attribute(tagWithId(markup, 'child-attendance'), 'value')).toBe('87.');
  });

  it('shows each error beside its question, described by it', () => {
    const markup = render('child', child({ lookedAfter: 'yes' }), {
      errors: {
        'child.legalName': "Enter the child's legal name",
        'child.dateOfBirth': "Enter the child's date of birth",
        'child.sex': "Select the child's sex",
        'child.homeLa': 'Choose the local authority area the child lives in',
        'child.responsibleLa': 'Select the local authority that looks after the child',
      },
    });
    expect(markup).toContain(
      '<p id="child-legalName-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter the child&#x27;s legal name</p>',
    );
    expect(attribute(tagWithId(markup, 'child-legalName'), 'aria-describedby')).toBe(
      'child-legalName-hint child-legalName-error',
    );
    expect(attribute(tagWithId(markup, 'child-homeLa'), 'aria-describedby')).toBe(
      'child-homeLa-hint child-homeLa-error',
    );
    expect(attribute(tagWithId(markup, 'child-responsibleLa'), 'aria-describedby')).toContain(
      'child-responsibleLa-error',
    );
    const fieldsets = tags(markup, 'fieldset').map((tag) => attribute(tag, 'aria-describedby'));
    expect(fieldsets).toContain('child-dateOfBirth-hint child-dateOfBirth-error');
    expect(fieldsets).toContain('child-sex-hint child-sex-error');
    expect(markup).toContain('id="child-sex-error"');
    expect(markup).not.toContain('id="child-preferredName-error"');
  });

  it('shows an error inside a group item beside that item’s question', () => {
    const markup = render('parents', complete, {
      errors: { 'parents.items.1.phone': 'Enter a telephone number, like 01632 960 001' },
    });
    expect(attribute(tagWithId(markup, 'parents-items-1-phone'), 'aria-describedby')).toBe(
      'parents-items-1-phone-hint parents-items-1-phone-error',
    );
    expect(attribute(tagWithId(markup, 'parents-items-0-phone'), 'aria-describedby')).toBe(
      'parents-items-0-phone-hint',
    );
  });

  it('gives every error the validator reports an element for its error summary link to land on', () => {
    const answers: RequestAnswers = {
      child: { lookedAfter: 'yes', dateOfBirth: '2009--', yearGroup: 'year10', otherLaInvolved: 'yes' },
      parents: { items: [{ relationship: 'other', livesWithChild: 'no', interpreterNeeded: 'yes' }] },
      professionals: { anyInvolved: 'yes' },
      healthAndSocialCare: { socialCareInvolved: 'yes' },
    };
    const errors = validateRequest(template, answers, { today });
    expect(errors.length).toBeGreaterThan(40);
    const byField = Object.fromEntries(errors.map((e) => [e.field, e.reason]));
    for (const error of errors) {
      const sectionId = error.field.split('.')[0] ?? '';
      const markup = render(sectionId, answers, { errors: byField });
      const target = errorTargetId(template, error.field, answers);
      expect(tagWithId(markup, target), `${error.field} → #${target}`).toMatch(/^<(input|select|textarea)\b/);
      expect(markup, error.field).toContain(`</span> ${error.reason.replace(/'/g, '&#x27;')}</p>`);
    }
  });

  describe('repeatable groups', () => {
    const parent = { name: 'Sam', relationship: 'mother' };

    it('draws each item in its own fieldset, with Remove buttons only above the minimum', () => {
      const markup = render('parents', { parents: { items: [parent, parent, parent] } });
      expect(texts(markup, 'legend').filter((l) => /^Parent or carer \d$/.test(l))).toEqual([
        'Parent or carer 1',
        'Parent or carer 2',
        'Parent or carer 3',
      ]);
      expect(texts(markup, 'button')).toEqual([
        'Remove parent or carer 1',
        'Remove parent or carer 2',
        'Remove parent or carer 3',
        'Add another parent or carer',
      ]);
      expect(attribute(tagWithId(markup, 'parents-items-2-name'), 'name')).toBe('parents-items-2-name');
      expect(attribute(tagWithId(markup, 'parents-items-2-name'), 'value')).toBe('Sam');
    });

    it('offers no Remove button at the minimum', () => {
      const markup = render('parents', { parents: { items: [parent] } });
      expect(texts(markup, 'button')).toEqual(['Add another parent or carer']);
    });

    it('starts a required group with one blank item', () => {
      const markup = render('parents', {});
      expect(texts(markup, 'legend')).toContain('Parent or carer 1');
      expect(attribute(tagWithId(markup, 'parents-items-0-name'), 'value')).toBe('');
      expect(texts(markup, 'button')).toEqual(['Add another parent or carer']);
    });

    it('stops offering another item at the maximum', () => {
      const markup = render('parents', { parents: { items: Array.from({ length: 6 }, () => parent) } });
      expect(texts(markup, 'button')).not.toContain('Add another parent or carer');
      expect(texts(markup, 'button')).toHaveLength(6);
    });

    it('makes every button a plain button, so none submits the form', () => {
      const markup = render('graduatedApproach', complete);
      const buttons = tags(markup, 'button');
      expect(buttons.length).toBeGreaterThan(0);
      for (const button of buttons) expect(attribute(button, 'type')).toBe('button');
      expect(texts(markup, 'button')).toContain('Add another provision');
      expect(texts(markup, 'button')).toContain('Remove cycle 2');
    });

    it('shows a group’s own error and its heading when it is not the section’s title', () => {
      const markup = render(
        'professionals',
        { professionals: { anyInvolved: 'yes' } },
        {
          errors: { 'professionals.items': 'Add at least one professional' },
        },
      );
      expect(markup).toContain('<h2 class="govuk-heading-m">Professionals</h2>');
      expect(markup).toContain('id="professionals-items-error"');
      expect(attribute(tagWithId(markup, 'professionals-items'), 'class')).toContain(
        'govuk-form-group--error',
      );
      expect(render('parents', {})).not.toContain('<h2');
    });
  });
});

describe('errorTargetId', () => {
  it.each([
    { path: 'child.legalName', id: 'child-legalName' },
    { path: 'child.dateOfBirth', id: 'child-dateOfBirth-day' },
    { path: 'child.sex', id: 'child-sex' },
    { path: 'child.lookedAfter', id: 'child-lookedAfter' },
    { path: 'consent.sencoDeclaration', id: 'consent-sencoDeclaration' },
    { path: 'child.homeLa', id: 'child-homeLa' },
    { path: 'parents.items', id: 'parents-items-0-name' },
    { path: 'parents.items.1.phone', id: 'parents-items-1-phone' },
    { path: 'graduatedApproach.cycles.0.reviewDate', id: 'graduatedApproach-cycles-0-reviewDate-day' },
    { path: 'graduatedApproach.cycles', id: 'graduatedApproach-cycles-0-startDate-day' },
    { path: 'not.a.known.path', id: fieldElementId('not.a.known.path') },
  ])('links an error at $path to #$id', ({ path, id }) => {
    expect(errorTargetId(template, path)).toBe(id);
  });

  it('links a partly typed date to its first empty box when given the answers', () => {
    expect(errorTargetId(template, 'child.dateOfBirth', child({ dateOfBirth: '2015--07' }))).toBe(
      'child-dateOfBirth-month',
    );
    expect(errorTargetId(template, 'child.dateOfBirth', child({ dateOfBirth: '2015-02-31' }))).toBe(
      'child-dateOfBirth-day',
    );
  });
});
