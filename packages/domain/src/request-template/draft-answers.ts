import { z } from 'zod';

import { capitalise, maxLengthOf } from './field-rules';
import { requestTemplateV1 } from './template-v1';
import type { FieldDefinition, RequestAnswers, TemplateDefinition } from './types';

/** Largest draft the API stores, as UTF-8 JSON. */
export const maxDraftAnswersBytes = 200_000;

export const draftTooLargeMessage =
  'These answers are too long to save. Shorten some of the longer answers, then try again';

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function jsonBytes(value: unknown): number {
  try {
    return utf8Length(JSON.stringify(value) ?? '');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function looseText(field: FieldDefinition): z.ZodType {
  const max = maxLengthOf(field);
  return z.string().max(max, `${capitalise(field.errorLabel)} must be ${max} characters or fewer`);
}

/** What autosave accepts for one field: the right kind of value and size, not yet a valid answer. */
function draftFieldSchema(field: FieldDefinition): z.ZodType {
  switch (field.type) {
    case 'group':
      return z
        .array(
          z.object(Object.fromEntries(field.fields.map((sub) => [sub.id, draftFieldSchema(sub).optional()]))),
        )
        .max(field.maxItems, `You can add up to ${field.maxItems} ${field.errorLabel}`);
    case 'checkboxes':
      return z.array(z.string().max(100)).max(field.options.length);
    case 'number':
      return z.union([z.number(), looseText(field)]);
    default:
      return looseText(field);
  }
}

/**
 * The autosave schema for a template: any part of the answers, each value of the right kind and
 * within its maxLength, groups within maxItems, and the whole under `maxDraftAnswersBytes`.
 * Unknown keys are dropped. Required fields and formats are checked only on sending (`validateRequest`).
 */
export function draftAnswersSchemaFor(template: TemplateDefinition): z.ZodType<RequestAnswers, unknown> {
  const sections = z.object(
    Object.fromEntries(
      template.sections.map((section) => [
        section.id,
        z
          .object(
            Object.fromEntries(section.fields.map((field) => [field.id, draftFieldSchema(field).optional()])),
          )
          .optional(),
      ]),
    ),
  );
  return z
    .unknown()
    .refine((value) => jsonBytes(value) <= maxDraftAnswersBytes, {
      message: draftTooLargeMessage,
      abort: true,
    })
    .pipe(sections) as z.ZodType<RequestAnswers, unknown>;
}

export const draftAnswersSchema = draftAnswersSchemaFor(requestTemplateV1);
