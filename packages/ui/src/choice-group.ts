import type { ReactNode } from 'react';

export type ChoiceOption = {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Revealed under the option while it is selected. */
  conditional?: ReactNode;
  disabled?: boolean;
  /** Defaults to the group's id prefix for the first option and `${idPrefix}-${position}` after it. */
  id?: string;
};

/** A separator between options, usually "or". */
export type ChoiceDivider = { divider: string };

export type ChoiceItem = ChoiceOption | ChoiceDivider;

export function isDivider(item: ChoiceItem): item is ChoiceDivider {
  return 'divider' in item;
}

/**
 * GOV.UK's option ids: the first has no suffix so that error summary links can point at it; the rest
 * add their 1-based position in the list (dividers count).
 */
export function optionId(idPrefix: string, item: ChoiceOption, index: number): string {
  return item.id ?? (index === 0 ? idPrefix : `${idPrefix}-${index + 1}`);
}
