import { isValidUpn, normaliseUpn } from '../identifiers';
import { isPlainDate } from '../plain-date';
import type { PlainDate } from '../plain-date';
import { readAnswer } from './answers';
import type { RequestAnswers } from './types';

export interface ChildSummary {
  legalName: string | null;
  dateOfBirth: PlainDate | null;
  /** Only a UPN that passes its check, in normal form. */
  upn: string | null;
}

/** The few details lists of requests show; null for anything not (validly) answered yet. */
export function childSummary(answers: RequestAnswers): ChildSummary {
  const legalName = readAnswer(answers, 'child.legalName');
  const dateOfBirth = readAnswer(answers, 'child.dateOfBirth');
  const upn = readAnswer(answers, 'child.upn');
  return {
    legalName: typeof legalName === 'string' && legalName.trim() !== '' ? legalName.trim() : null,
    dateOfBirth: typeof dateOfBirth === 'string' && isPlainDate(dateOfBirth) ? dateOfBirth : null,
    upn: typeof upn === 'string' && isValidUpn(upn) ? normaliseUpn(upn) : null,
  };
}
