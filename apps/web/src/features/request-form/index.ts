export { SectionFields } from './section-fields';
export type { SectionFieldsProps } from './section-fields';
export { SectionSummary } from './section-summary';
export type { SectionSummaryProps } from './section-summary';
export {
  formatAnswer,
  formatAnswerText,
  formatDate,
  formatNumber,
  localAuthorityName,
} from './format-answer';
export type { FormatAnswerContext, FormattedAnswer, LocalAuthorityOption } from './format-answer';
export { answerAtPath, errorTargetId, fieldAtPath } from './field-paths';
export {
  cleanDatePart,
  dateAnswerFromParts,
  dateErrorFields,
  datePartsFromAnswer,
  numberAnswerFromText,
} from './answer-input';
