import { readAnswer } from './answers';
import { parseNumberAnswer } from './field-rules';
import type { RequestAnswers } from './types';

/** The total cost in pounds of the costed provision map's lines (lines without a valid cost count as 0). */
export function provisionMapTotal(answers: RequestAnswers): number {
  const lines = readAnswer(answers, 'graduatedApproach.provisionMap');
  if (!Array.isArray(lines)) return 0;
  return lines.reduce<number>((total, line: unknown) => {
    const cost = parseNumberAnswer(
      typeof line === 'object' && line !== null ? (line as { cost?: unknown }).cost : undefined,
    );
    return total + (cost ?? 0);
  }, 0);
}
