import type { PlainDate } from '../plain-date';

/**
 * The shape of a form template as plain data. A definition holds no functions, so it can be sent
 * to the browser as JSON, stored beside what was written in it, and read by both the generic form
 * renderer (apps/web) and the validator (here, called by apps/api).
 */

/**
 * When a field or section is shown (or a field required), as serialisable data.
 * `field` is a dotted path: `child.lookedAfter` (section id, then field id). Inside a repeatable
 * group, `item.interpreterNeeded` names a field of the same item.
 * `ageAtLeast` is the child's age in whole years on `today`, from `child.dateOfBirth`;
 * `yearGroupAtLeast` compares the rank of `child.yearGroup` (Reception 0, Year 1 = 1 … Year 14 = 14).
 * An unanswered or invalid date of birth or year group makes both false.
 */
export type Condition =
  | { field: string; equals: string | number }
  | { field: string; in: string[] }
  | { field: string; includes: string }
  | { ageAtLeast: number }
  | { yearGroupAtLeast: number }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export interface FieldOption {
  value: string;
  label: string;
  hint?: string;
}

/** GOV.UK Frontend input width classes (govuk-input--width-N, govuk-!-width-...). */
export type FieldWidth =
  | 'full'
  | 'three-quarters'
  | 'two-thirds'
  | 'one-half'
  | 'one-third'
  | 'one-quarter'
  | 'char-30'
  | 'char-20'
  | 'char-10'
  | 'char-5'
  | 'char-4'
  | 'char-3';

/** HTML autocomplete tokens used by the templates. */
export type AutocompleteToken =
  | 'off'
  | 'name'
  | 'email'
  | 'tel'
  | 'address-line1'
  | 'address-line2'
  | 'address-level1'
  | 'address-level2'
  | 'postal-code'
  | 'organization'
  | 'organization-title';

/** Overrides for the messages derived from `errorLabel`. */
export interface FieldMessages {
  /** Shown when a required field is empty. Default: "Enter {errorLabel}" or "Select {errorLabel}". */
  required?: string;
  /** Shown when the answer is in the wrong format. */
  invalid?: string;
}

interface FieldBase {
  /** Unique within its section (or group); camelCase; becomes part of the answer path. */
  id: string;
  label: string;
  hint?: string;
  /**
   * How error messages name the field, in lower case after a verb: "the child's legal name"
   * gives "Enter the child's legal name" and "The child's legal name must be 100 characters or fewer".
   */
  errorLabel: string;
  /** Required always, never, or while the condition holds. A hidden field is never required. */
  required: boolean | Condition;
  /** Shown only while this holds. Answers to hidden fields are kept but ignored. */
  condition?: Condition;
  maxLength?: number;
  autocomplete?: AutocompleteToken;
  width?: FieldWidth;
  messages?: FieldMessages;
}

export interface TextField extends FieldBase {
  type: 'text';
}

export interface TextareaField extends FieldBase {
  type: 'textarea';
  rows?: number;
}

export interface DateField extends FieldBase {
  type: 'date';
  /** `dateOfBirth`: real, in the past, age 0–25. `notInFuture`: today or earlier. */
  rule?: 'dateOfBirth' | 'notInFuture';
  /** Must be on or after another date (`item.startDate` inside a group). */
  notBefore?: { field: string; message: string };
}

export interface ChoiceField extends FieldBase {
  type: 'select' | 'radios';
  options: FieldOption[];
}

export interface CheckboxesField extends FieldBase {
  type: 'checkboxes';
  options: FieldOption[];
}

/** Radios answered 'yes' or 'no'. */
export interface YesNoField extends FieldBase {
  type: 'yesNo';
  /** While the field is required, only this answer lets the request be sent (e.g. consent). */
  requiredAnswer?: { value: 'yes' | 'no'; message: string };
}

export interface FormattedField extends FieldBase {
  type: 'upn' | 'nhsNumber' | 'postcode' | 'email' | 'phone' | 'schoolUrn' | 'laCode';
}

export interface NumberField extends FieldBase {
  type: 'number';
  min?: number;
  max?: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** Shown before and after the input (GOV.UK prefix and suffix), e.g. "£" or "%". */
  prefix?: string;
  suffix?: string;
}

/** A repeatable group; its answer is an array of items, each an object keyed by field id. */
export interface GroupField extends FieldBase {
  type: 'group';
  fields: ItemFieldDefinition[];
  /** Applies once the group is required or has any item. */
  minItems: number;
  maxItems: number;
  /** Names one item: "Parent or carer" gives "Parent or carer 2" and "Add another parent or carer". */
  itemLabel: string;
}

export type FieldDefinition =
  | TextField
  | TextareaField
  | DateField
  | ChoiceField
  | CheckboxesField
  | YesNoField
  | FormattedField
  | NumberField
  | GroupField;

/** Groups do not nest. */
export type ItemFieldDefinition = Exclude<FieldDefinition, GroupField>;

export type FieldType = FieldDefinition['type'];

export interface SectionDefinition {
  /** Unique in the template; the first part of every answer path. */
  id: string;
  title: string;
  description?: string;
  fields: FieldDefinition[];
  /** Shown only while this holds; a hidden section is never required. */
  condition?: Condition;
}

export interface TemplateDefinition {
  id: 'ehc-request';
  version: 1;
  sections: SectionDefinition[];
}

/**
 * Answers are plain JSON keyed by section id then field id:
 * `{ child: { legalName: 'Sam Jones', dateOfBirth: '2015-09-14' }, parents: { items: [{ name: … }] } }`.
 * Text, dates (ISO 'YYYY-MM-DD'), identifiers, selects, radios and yes/no ('yes' | 'no') are strings;
 * checkboxes are string arrays; numbers are numbers (or the text typed, kept so it can be corrected);
 * groups are arrays of items. A missing key, '' and [] all mean "not answered".
 */
export type ItemAnswerValue = string | number | string[];
export type GroupItemAnswers = { [fieldId: string]: ItemAnswerValue | undefined };
export type AnswerValue = ItemAnswerValue | GroupItemAnswers[];
export type SectionAnswers = { [fieldId: string]: AnswerValue | undefined };
export type RequestAnswers = { [sectionId: string]: SectionAnswers | undefined };

export interface TemplateContext {
  /** The date the answers are judged on (for ages and "in the past"). */
  today: PlainDate;
}

export type SectionStatus = 'not started' | 'in progress' | 'complete';
