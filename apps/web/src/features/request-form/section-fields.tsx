import { useEffect, useRef, useState, type HTMLAttributes } from 'react';

import {
  Button,
  Checkboxes,
  cx,
  DateInput,
  ErrorMessage,
  Fieldset,
  Hint,
  Radios,
  Select,
  Textarea,
  TextInput,
  type DateInputValue,
  type SelectOption,
} from '@casework/ui';
import {
  fieldElementId,
  isFieldRequired,
  visibleFields,
  visibleItemFields,
  type FieldDefinition,
  type GroupField,
  type GroupItemAnswers,
  type ItemAnswerValue,
  type ItemFieldDefinition,
  type PlainDate,
  type RequestAnswers,
  type SectionAnswers,
  type SectionDefinition,
  type TemplateContext,
  type TemplateDefinition,
} from '@casework/domain';

import {
  checkboxValues,
  cleanDatePart,
  dateAnswerFromParts,
  dateErrorFields,
  datePartsFromAnswer,
  inputWidthClass,
  lowerFirst,
  numberAnswerFromText,
  numberInputText,
  selectWidthClass,
  textInputText,
  withAnswer,
} from './answer-input';
import { firstItemField, isRecord } from './field-paths';
import type { LocalAuthorityOption } from './format-answer';

export interface SectionFieldsProps {
  template: TemplateDefinition;
  section: SectionDefinition;
  /** The whole request, so conditions can read other sections (e.g. the child's date of birth). */
  answers: RequestAnswers;
  /** Called with the new answers of this section on every change. */
  onChange: (next: SectionAnswers) => void;
  /** Error messages by answer path, e.g. `child.dateOfBirth` or `parents.items.1.phone`. */
  errors: Record<string, string>;
  today: PlainDate;
  localAuthorities: LocalAuthorityOption[];
  describeSchool?: (urn: string) => string | undefined;
  readOnlyFieldIds?: never;
}

type Change = (value: ItemAnswerValue | undefined) => void;

interface SharedProps {
  localAuthorities: readonly LocalAuthorityOption[];
  describeSchool?: ((urn: string) => string | undefined) | undefined;
}

interface ControlProps extends SharedProps {
  field: ItemFieldDefinition;
  path: string;
  value: unknown;
  isRequired: boolean;
  error: string | undefined;
  onChange: Change;
}

const yesNoItems = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

function labelOf(field: FieldDefinition, isRequired: boolean): string {
  return isRequired ? field.label : `${field.label} (optional)`;
}

function ownAnswer(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function choiceValue(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Keeps an answer that is not among the options visible, rather than silently showing the placeholder. */
function withCurrentOption(options: SelectOption[], value: string): SelectOption[] {
  return value === '' || options.some((o) => o.value === value)
    ? options
    : [...options, { value, text: value }];
}

function localAuthorityOptions(
  localAuthorities: readonly LocalAuthorityOption[],
  value: string,
): SelectOption[] {
  const sorted = [...localAuthorities].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return withCurrentOption(
    [
      { value: '', text: 'Choose a local authority' },
      ...sorted.map((la) => ({
        value: la.code,
        text: la.isOnboarded ? la.name : `${la.name} (not using Casework yet)`,
      })),
    ],
    value,
  );
}

type InputAttributes = Pick<HTMLAttributes<HTMLInputElement>, 'inputMode' | 'autoCapitalize'> & {
  type?: 'text' | 'email' | 'tel';
};

const formattedInputs: Record<'upn' | 'nhsNumber' | 'postcode' | 'email' | 'phone', InputAttributes> = {
  upn: { inputMode: 'text', autoCapitalize: 'characters' },
  nhsNumber: { inputMode: 'numeric' },
  postcode: { autoCapitalize: 'characters' },
  email: { type: 'email', inputMode: 'email' },
  phone: { type: 'tel', inputMode: 'tel' },
};

/**
 * The three date boxes. The stored answer is the source of truth; the boxes remember what was typed
 * only so that "07" is not redrawn as "7" while someone types, and show the stored answer whenever it
 * changes from outside (a reload, another item removed above this one).
 */
function DateControl({
  id,
  legend,
  hint,
  error,
  value,
  onChange,
}: {
  id: string;
  legend: string;
  hint: string | undefined;
  error: string | undefined;
  value: unknown;
  onChange: Change;
}) {
  const stored = typeof value === 'string' && value !== '' ? value : undefined;
  const [typed, setTyped] = useState<DateInputValue>(() => datePartsFromAnswer(stored));
  const parts = dateAnswerFromParts(typed) === stored ? typed : datePartsFromAnswer(stored);
  return (
    <DateInput
      id={id}
      legend={legend}
      legendSize="s"
      hint={hint}
      error={error}
      errorFields={error ? dateErrorFields(stored) : undefined}
      value={parts}
      onChange={(next, part) => {
        const cleaned = { ...next, [part]: cleanDatePart(part, next[part]) };
        setTyped(cleaned);
        onChange(dateAnswerFromParts(cleaned));
      }}
    />
  );
}

function SchoolUrnControl({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  describeSchool,
  width,
}: {
  id: string;
  label: string;
  hint: string | undefined;
  error: string | undefined;
  value: unknown;
  onChange: Change;
  describeSchool: SharedProps['describeSchool'];
  width: ReturnType<typeof inputWidthClass>;
}) {
  const text = textInputText(value);
  const urn = text.trim();
  const schoolName = /^\d{6}$/.test(urn) ? describeSchool?.(urn) : undefined;
  const schoolId = `${id}-school`;
  return (
    <>
      <TextInput
        id={id}
        label={label}
        labelSize="s"
        hint={hint}
        error={error}
        width={width}
        inputMode="numeric"
        spellCheck={false}
        autoComplete="off"
        value={text}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={schoolName ? schoolId : undefined}
        formGroupClassName="govuk-!-margin-bottom-2"
      />
      {/* Always present, so screen readers announce the school's name when it appears. */}
      <p id={schoolId} className="govuk-body govuk-!-margin-bottom-6" aria-live="polite">
        {schoolName ? (
          <>
            School: <strong>{schoolName}</strong>
          </>
        ) : null}
      </p>
    </>
  );
}

function FieldControl({
  field,
  path,
  value,
  isRequired,
  error,
  onChange,
  localAuthorities,
  describeSchool,
}: ControlProps) {
  const id = fieldElementId(path);
  const label = labelOf(field, isRequired);
  const { hint } = field;
  const width = inputWidthClass(field);

  switch (field.type) {
    case 'text':
      return (
        <TextInput
          id={id}
          label={label}
          labelSize="s"
          hint={hint}
          error={error}
          width={width}
          autoComplete={field.autocomplete}
          value={textInputText(value)}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case 'textarea':
      return (
        <Textarea
          id={id}
          label={label}
          labelSize="s"
          hint={hint}
          error={error}
          characterLimit={field.maxLength}
          rows={field.rows}
          autoComplete={field.autocomplete}
          value={textInputText(value)}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case 'date':
      return (
        <DateControl id={id} legend={label} hint={hint} error={error} value={value} onChange={onChange} />
      );
    case 'select': {
      const selected = choiceValue(value);
      return (
        <Select
          id={id}
          label={label}
          labelSize="s"
          hint={hint}
          error={error}
          className={selectWidthClass(field)}
          options={withCurrentOption(
            [
              { value: '', text: `Choose ${field.errorLabel}` },
              ...field.options.map((o) => ({ value: o.value, text: o.label })),
            ],
            selected,
          )}
          value={selected}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    }
    case 'laCode': {
      const selected = choiceValue(value);
      return (
        <Select
          id={id}
          label={label}
          labelSize="s"
          hint={hint}
          error={error}
          className={selectWidthClass(field)}
          options={localAuthorityOptions(localAuthorities, selected)}
          value={selected}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    }
    case 'radios':
      return (
        <Radios
          name={id}
          legend={label}
          legendSize="s"
          hint={hint}
          error={error}
          items={field.options.map((o) => ({ value: o.value, label: o.label, hint: o.hint }))}
          value={choiceValue(value)}
          onChange={(next) => onChange(next)}
        />
      );
    case 'yesNo':
      return (
        <Radios
          name={id}
          legend={label}
          legendSize="s"
          hint={hint}
          error={error}
          items={yesNoItems}
          isInline
          value={choiceValue(value)}
          onChange={(next) => onChange(next)}
        />
      );
    case 'checkboxes':
      return (
        <Checkboxes
          name={id}
          legend={label}
          legendSize="s"
          hint={hint}
          error={error}
          items={field.options.map((o) => ({ value: o.value, label: o.label, hint: o.hint }))}
          values={checkboxValues(value)}
          onChange={(next) => onChange(next)}
        />
      );
    case 'number':
      return (
        <TextInput
          id={id}
          label={label}
          labelSize="s"
          hint={hint}
          error={error}
          width={width}
          inputMode={field.integer ? 'numeric' : 'decimal'}
          spellCheck={false}
          autoComplete={field.autocomplete ?? 'off'}
          prefix={field.prefix}
          suffix={field.suffix}
          value={numberInputText(value)}
          onChange={(event) => onChange(numberAnswerFromText(event.target.value))}
        />
      );
    case 'schoolUrn':
      return (
        <SchoolUrnControl
          id={id}
          label={label}
          hint={hint}
          error={error}
          value={value}
          onChange={onChange}
          describeSchool={describeSchool}
          width={width}
        />
      );
    case 'upn':
    case 'nhsNumber':
    case 'postcode':
    case 'email':
    case 'phone':
      return (
        <TextInput
          id={id}
          label={label}
          labelSize="s"
          hint={hint}
          error={error}
          width={width}
          {...formattedInputs[field.type]}
          spellCheck={false}
          autoComplete={field.autocomplete}
          value={textInputText(value)}
          onChange={(event) => onChange(event.target.value)}
        />
      );
  }
}

function startsWithVowelSound(text: string): boolean {
  return /^[aeiou]/i.test(text);
}

function GroupControl({
  field,
  path,
  value,
  answers,
  ctx,
  errors,
  onChange,
  showHeading,
  ...shared
}: SharedProps & {
  field: GroupField;
  path: string;
  value: unknown;
  answers: RequestAnswers;
  ctx: TemplateContext;
  errors: Record<string, string>;
  onChange: (items: GroupItemAnswers[] | undefined) => void;
  showHeading: boolean;
}) {
  const id = fieldElementId(path);
  const isRequired = isFieldRequired(field, answers, ctx);
  const stored: GroupItemAnswers[] = Array.isArray(value)
    ? value.map((item) => (isRecord(item) ? (item as GroupItemAnswers) : {}))
    : [];
  // A required group starts with one blank item to fill in, rather than only an "Add" button.
  const items = stored.length === 0 && isRequired ? [{}] : stored;
  const itemName = lowerFirst(field.itemLabel);
  const smallestCount = isRequired ? field.minItems : 0;
  const groupError = errors[path];
  const hintId = field.hint ? `${id}-hint` : undefined;
  const addId = `${id}-add`;

  // Adding or removing an item redraws the list, so focus is moved on purpose once it has: to the new
  // item's first question, or to the item that took the removed one's place.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    const element = document.getElementById(target);
    if (element) {
      element.focus();
      pendingFocus.current = null;
    }
  });

  function firstInputId(index: number): string {
    const first = firstItemField(field);
    const firstId = fieldElementId(`${path}.${index}.${first?.id ?? ''}`);
    return first?.type === 'date' ? `${firstId}-day` : firstId;
  }

  function setItems(next: GroupItemAnswers[]) {
    onChange(next.length > 0 ? next : undefined);
  }

  function add() {
    pendingFocus.current = firstInputId(items.length);
    setItems([...items, {}]);
  }

  function remove(index: number) {
    const next = items.filter((_, i) => i !== index);
    pendingFocus.current =
      next.length > 0 ? fieldElementId(`${path}.${Math.min(index, next.length - 1)}`) : addId;
    setItems(next);
  }

  return (
    <div className={cx('govuk-form-group', groupError && 'govuk-form-group--error')} id={id}>
      {showHeading ? <h2 className="govuk-heading-m">{labelOf(field, isRequired)}</h2> : null}
      {hintId ? <Hint id={hintId}>{field.hint}</Hint> : null}
      {groupError ? <ErrorMessage id={`${id}-error`}>{groupError}</ErrorMessage> : null}
      {items.map((item, index) => {
        const itemPath = `${path}.${index}`;
        const itemCtx = { ...ctx, item };
        return (
          <Fieldset
            key={index}
            id={fieldElementId(itemPath)}
            tabIndex={-1}
            legend={`${field.itemLabel} ${index + 1}`}
            legendSize="m"
          >
            {visibleItemFields(field, item, answers, ctx).map((sub) => {
              const subPath = `${itemPath}.${sub.id}`;
              return (
                <FieldControl
                  key={sub.id}
                  field={sub}
                  path={subPath}
                  value={ownAnswer(item, sub.id)}
                  isRequired={isFieldRequired(sub, answers, itemCtx)}
                  error={errors[subPath]}
                  onChange={(next) =>
                    setItems(items.map((it, i) => (i === index ? withAnswer(it, sub.id, next) : it)))
                  }
                  {...shared}
                />
              );
            })}
            {items.length > smallestCount ? (
              <Button type="button" variant="secondary" onClick={() => remove(index)}>
                Remove {itemName} {index + 1}
              </Button>
            ) : null}
          </Fieldset>
        );
      })}
      {items.length < field.maxItems ? (
        <Button type="button" variant="secondary" id={addId} onClick={add}>
          {items.length > 0
            ? `Add another ${itemName}`
            : `Add ${startsWithVowelSound(itemName) ? 'an' : 'a'} ${itemName}`}
        </Button>
      ) : null}
    </div>
  );
}

/**
 * Every question of one section of the request, drawn from the template: the one renderer for every
 * section. Only questions shown for the current answers are drawn, so conditions (looked after, age 16
 * and over, an item's "Other") take effect as the person types. Each control's id is
 * `fieldElementId(path)`; link error summary items with `errorTargetId`.
 */
export function SectionFields({
  section,
  answers,
  onChange,
  errors,
  today,
  localAuthorities,
  describeSchool,
}: SectionFieldsProps) {
  const ctx: TemplateContext = { today };
  const ownSection = Object.hasOwn(answers, section.id) ? answers[section.id] : undefined;
  const current: SectionAnswers = isRecord(ownSection) ? ownSection : {};
  const shared: SharedProps = { localAuthorities, describeSchool };

  return (
    <>
      {visibleFields(section, answers, ctx).map((field) => {
        const path = `${section.id}.${field.id}`;
        const value = ownAnswer(current, field.id);
        const setValue = (next: unknown) => onChange(withAnswer(current, field.id, next));
        if (field.type === 'group') {
          return (
            <GroupControl
              key={field.id}
              field={field}
              path={path}
              value={value}
              answers={answers}
              ctx={ctx}
              errors={errors}
              onChange={setValue}
              showHeading={field.label !== section.title}
              {...shared}
            />
          );
        }
        return (
          <FieldControl
            key={field.id}
            field={field}
            path={path}
            value={value}
            isRequired={isFieldRequired(field, answers, ctx)}
            error={errors[path]}
            onChange={setValue}
            {...shared}
          />
        );
      })}
    </>
  );
}
