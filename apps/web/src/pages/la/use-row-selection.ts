import { useState } from 'react';

/** Rows ticked in a case table, for allocating or reallocating several at once. */
export function useRowSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  return {
    selected,
    clear: () => setSelected(new Set()),
    /** The table's selection props. */
    props: {
      selected,
      describedBy: 'selected-count',
      onChange: (ids: readonly string[], isSelected: boolean) =>
        setSelected((current) => {
          const next = new Set(current);
          for (const id of ids) {
            if (isSelected) next.add(id);
            else next.delete(id);
          }
          return next;
        }),
    },
  };
}
