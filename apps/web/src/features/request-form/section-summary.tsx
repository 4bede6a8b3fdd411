import { Fragment, type ReactNode } from 'react';

import { SummaryList, type SummaryListRow } from '@casework/ui';
import {
  isFieldRequired,
  visibleFields,
  visibleItemFields,
  type GroupItemAnswers,
  type ItemFieldDefinition,
  type PlainDate,
  type RequestAnswers,
  type SectionDefinition,
  type TemplateContext,
  type TemplateDefinition,
} from '@casework/domain';

import { lowerFirst } from './answer-input';
import { isRecord } from './field-paths';
import { formatAnswer, type FormattedAnswer, type LocalAuthorityOption } from './format-answer';

export interface SectionSummaryProps {
  template: TemplateDefinition;
  section: SectionDefinition;
  /** The whole request, so conditions can read other sections. */
  answers: RequestAnswers;
  today: PlainDate;
  localAuthorities: LocalAuthorityOption[];
  describeSchool?: (urn: string) => string | undefined;
  /** Adds a "Change" link to each answer, e.g. `(path) => \`../child#${errorTargetId(template, path)}\``. */
  changeHref?: (path: string) => string;
  /** The heading level of each group item's card: one below the section's heading. Default 3. */
  cardHeadingLevel?: 2 | 3 | 4 | 5 | 6;
}

function AnswerValue({ answer, isMultiline }: { answer: FormattedAnswer; isMultiline: boolean }) {
  if (answer.kind === 'missing') return <span className="govuk-hint govuk-!-margin-0">{answer.text}</span>;
  if (answer.kind === 'list') {
    const [only] = answer.items;
    if (answer.items.length === 1) return <>{only}</>;
    return (
      <ul className="govuk-list">
        {answer.items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    );
  }
  if (!isMultiline) return <>{answer.text}</>;
  // Long answers keep the person's line breaks.
  const lines = answer.text.split('\n');
  return (
    <>
      {lines.map((line, index) => (
        <Fragment key={index}>
          {index > 0 ? <br /> : null}
          {line}
        </Fragment>
      ))}
    </>
  );
}

/**
 * A section's answers to read, not edit: a summary list of every question shown for these answers,
 * with a summary card for each item of a repeatable group. For check answers, and for the LA's and
 * school's views of a sent request.
 */
export function SectionSummary({
  section,
  answers,
  today,
  localAuthorities,
  describeSchool,
  changeHref,
  cardHeadingLevel = 3,
}: SectionSummaryProps) {
  const ctx: TemplateContext = { today };
  const ownSection = Object.hasOwn(answers, section.id) ? answers[section.id] : undefined;
  const current: Record<string, unknown> = isRecord(ownSection) ? ownSection : {};

  function row(
    field: ItemFieldDefinition,
    path: string,
    value: unknown,
    isRequired: boolean,
  ): SummaryListRow {
    const answer = formatAnswer(field, value, { localAuthorities, describeSchool, isRequired });
    return {
      id: path,
      key: field.label,
      value: <AnswerValue answer={answer} isMultiline={field.type === 'textarea'} />,
      actions: changeHref
        ? [{ href: changeHref(path), text: 'Change', visuallyHiddenText: lowerFirst(field.label) }]
        : undefined,
    };
  }

  const blocks: ReactNode[] = [];
  let rows: SummaryListRow[] = [];
  const flushRows = () => {
    if (rows.length > 0) blocks.push(<SummaryList key={`rows-${blocks.length}`} rows={rows} />);
    rows = [];
  };

  for (const field of visibleFields(section, answers, ctx)) {
    const path = `${section.id}.${field.id}`;
    const value = Object.hasOwn(current, field.id) ? current[field.id] : undefined;
    const isRequired = isFieldRequired(field, answers, ctx);
    if (field.type !== 'group') {
      rows.push(row(field, path, value, isRequired));
      continue;
    }
    const items: GroupItemAnswers[] = Array.isArray(value)
      ? value.map((item) => (isRecord(item) ? (item as GroupItemAnswers) : {}))
      : [];
    if (items.length === 0) {
      rows.push({
        id: path,
        key: field.label,
        value: (
          <AnswerValue
            answer={{ kind: 'missing', text: isRequired ? 'Not answered' : 'Not provided' }}
            isMultiline={false}
          />
        ),
        actions: changeHref
          ? [{ href: changeHref(path), text: 'Change', visuallyHiddenText: lowerFirst(field.label) }]
          : undefined,
      });
      continue;
    }
    flushRows();
    items.forEach((item, index) => {
      const itemCtx = { ...ctx, item };
      const itemRows = visibleItemFields(field, item, answers, ctx).map((sub) =>
        row(
          sub,
          `${path}.${index}.${sub.id}`,
          Object.hasOwn(item, sub.id) ? item[sub.id] : undefined,
          isFieldRequired(sub, answers, itemCtx),
        ),
      );
      blocks.push(
        <SummaryList
          key={`${path}.${index}`}
          card={{ title: `${field.itemLabel} ${index + 1}`, headingLevel: cardHeadingLevel }}
          rows={itemRows}
        />,
      );
    });
  }
  flushRows();

  return <>{blocks}</>;
}
