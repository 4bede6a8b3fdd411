export { isAnswered, readAnswer } from './answers';
export { childSummary } from './child-summary';
export type { ChildSummary } from './child-summary';
export {
  childDateOfBirthPath,
  childYearGroupPath,
  evaluateCondition,
  isFieldRequired,
  isSectionVisible,
  visibleFields,
  visibleItemFields,
} from './conditions';
export type { ConditionContext } from './conditions';
export {
  draftAnswersSchema,
  draftAnswersSchemaFor,
  draftTooLargeMessage,
  maxDraftAnswersBytes,
} from './draft-answers';
export { exampleCompleteRequestAnswers } from './example';
export { fieldElementId } from './field-element-id';
export { emailAddress, maxLengthOf, parseNumberAnswer, telephoneNumber } from './field-rules';
export type { EmailAddress, TelephoneNumber } from './field-rules';
export { provisionMapTotal } from './provision-map';
export * from './reference-data';
export { sanitiseAnswers, withoutHiddenAnswers } from './sanitise';
export { requestTemplateV1 } from './template-v1';
export { currentRequestTemplateVersion, findSection, getRequestTemplate } from './templates';
export type * from './types';
export { assertRequestValid, sectionStatus, validateRequest, validateSection } from './validate';
export type { SectionProgress } from './validate';
