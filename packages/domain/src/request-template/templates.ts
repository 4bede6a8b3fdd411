import { NotFound } from '../errors';
import { requestTemplateV1 } from './template-v1';
import type { SectionDefinition, TemplateDefinition } from './types';

const requestTemplates: ReadonlyMap<number, TemplateDefinition> = new Map([[1, requestTemplateV1]]);

/** The version new requests are written in. */
export const currentRequestTemplateVersion = 1;

/** The request template a request was written in; throws NotFound for a version that never existed. */
export function getRequestTemplate(version: number): TemplateDefinition {
  const template = requestTemplates.get(version);
  if (!template) throw new NotFound('request template version');
  return template;
}

export function findSection(template: TemplateDefinition, sectionId: string): SectionDefinition {
  const section = template.sections.find((s) => s.id === sectionId);
  if (!section) throw new NotFound('section');
  return section;
}
