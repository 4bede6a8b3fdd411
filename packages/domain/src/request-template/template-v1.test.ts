import { describe, expect, it } from 'vitest';

import { NotFound } from '../errors';
import { itemPathPrefix } from './answers';
import { ethnicityCodes, sen2Categories, yearGroups } from './reference-data';
import { requestTemplateV1 } from './template-v1';
import { getRequestTemplate } from './templates';
import type { Condition, FieldDefinition, GroupField, SectionDefinition } from './types';

function conditionPaths(condition: Condition | boolean | undefined): string[] {
  if (condition === undefined || typeof condition === 'boolean') return [];
  if ('all' in condition) return condition.all.flatMap(conditionPaths);
  if ('any' in condition) return condition.any.flatMap(conditionPaths);
  if ('not' in condition) return conditionPaths(condition.not);
  if ('field' in condition) return [condition.field];
  return [];
}

function pathsUsedBy(field: FieldDefinition): string[] {
  const own = [...conditionPaths(field.condition), ...conditionPaths(field.required)];
  if (field.type === 'date' && field.notBefore) own.push(field.notBefore.field);
  return own;
}

const allFields = requestTemplateV1.sections.flatMap((section) =>
  section.fields.flatMap((field) => [
    { section, field, group: undefined as GroupField | undefined },
    ...(field.type === 'group' ? field.fields.map((sub) => ({ section, field: sub, group: field })) : []),
  ]),
);

function fieldExists(path: string): boolean {
  const [sectionId, fieldId] = path.split('.');
  return requestTemplateV1.sections.some(
    (s: SectionDefinition) => s.id === sectionId && s.fields.some((f) => f.id === fieldId),
  );
}

describe('request template v1', () => {
  it('holds the national template sections in order, with attachments left to the upload flow', () => {
    expect(requestTemplateV1.sections.map((s) => s.id)).toEqual([
      'child',
      'parents',
      'views',
      'preparingForAdulthood',
      'needs',
      'graduatedApproach',
      'professionals',
      'healthAndSocialCare',
      'whyNow',
      'consent',
    ]);
  });

  it('survives a JSON round trip unchanged, so it holds no functions', () => {
    expect(JSON.parse(JSON.stringify(requestTemplateV1))).toEqual(requestTemplateV1);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(requestTemplateV1)).toBe(true);
    expect(Object.isFrozen(requestTemplateV1.sections[0]?.fields[0])).toBe(true);
  });

  it('gives every section and field an id unique where it is used', () => {
    const sectionIds = requestTemplateV1.sections.map((s) => s.id);
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
    for (const section of requestTemplateV1.sections) {
      const ids = section.fields.map((f) => f.id);
      expect(new Set(ids).size, section.id).toBe(ids.length);
      for (const field of section.fields) {
        if (field.type !== 'group') continue;
        const subIds = field.fields.map((f) => f.id);
        expect(new Set(subIds).size, `${section.id}.${field.id}`).toBe(subIds.length);
      }
    }
  });

  it('points every condition at a field that exists, and item paths only at the same group', () => {
    for (const { section, field, group } of allFields) {
      for (const path of pathsUsedBy(field)) {
        if (path.startsWith(itemPathPrefix)) {
          expect(group, `${section.id}.${field.id} uses ${path} outside a group`).toBeDefined();
          expect(
            group?.fields.some((f) => `${itemPathPrefix}${f.id}` === path),
            `${section.id}.${field.id} → ${path}`,
          ).toBe(true);
        } else {
          expect(fieldExists(path), `${section.id}.${field.id} → ${path}`).toBe(true);
        }
      }
    }
  });

  it('words every error label to follow "Enter" or "Select"', () => {
    for (const { field } of allFields) {
      expect(field.errorLabel.charAt(0), field.id).toMatch(/[a-z]/);
    }
  });

  it('gives every choice distinct option values', () => {
    for (const { field } of allFields) {
      if (field.type !== 'select' && field.type !== 'radios' && field.type !== 'checkboxes') continue;
      const values = field.options.map((o) => o.value);
      expect(values.length, field.id).toBeGreaterThan(0);
      expect(new Set(values).size, field.id).toBe(values.length);
    }
  });

  it('offers the SEN2 ethnicity codes, the SEN2 need types and every year group', () => {
    const child = requestTemplateV1.sections.find((s) => s.id === 'child');
    const needs = requestTemplateV1.sections.find((s) => s.id === 'needs');
    const options = (section: SectionDefinition | undefined, id: string) => {
      const field = section?.fields.find((f) => f.id === id);
      return field && 'options' in field ? field.options.map((o) => o.value) : [];
    };
    expect(options(child, 'ethnicity')).toEqual(
      'WBRI WIRI WOTH WIRT WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH BCRB BAFR BOTH CHNE OOTH REFU NOBT'.split(
        ' ',
      ),
    );
    expect(options(child, 'ethnicity')).toEqual(ethnicityCodes.map((e) => e.value));
    expect(options(needs, 'primaryNeed')).toEqual(
      'SpLD MLD SLD PMLD SEMH SLCN HI VI MSI PD ASD OTH NSA'.split(' '),
    );
    expect(options(needs, 'primaryNeed')).toEqual(sen2Categories.map((c) => c.code));
    expect(options(child, 'yearGroup')).toEqual(yearGroups.map((g) => g.value));
    expect(options(child, 'yearGroup')).toContain('year14');
  });

  it('is the template returned for version 1', () => {
    expect(getRequestTemplate(1)).toBe(requestTemplateV1);
  });

  it('refuses a template version that never existed', () => {
    expect(() => getRequestTemplate(2)).toThrow(NotFound);
  });
});
