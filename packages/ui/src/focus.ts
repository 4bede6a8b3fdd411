import { useEffect } from 'react';
import type { RefObject } from 'react';

/**
 * Moves focus as govuk-frontend's setFocus does: an element that is not focusable gets tabindex="-1"
 * only until it loses focus, so it does not stay in the tab order.
 */
export function focusElement(element: HTMLElement, options: { focusedClassName?: string } = {}): void {
  const hadTabIndex = element.hasAttribute('tabindex');
  if (!hadTabIndex) {
    element.setAttribute('tabindex', '-1');
  }
  if (options.focusedClassName) {
    element.classList.add(options.focusedClassName);
  }
  element.addEventListener(
    'blur',
    () => {
      if (options.focusedClassName) {
        element.classList.remove(options.focusedClassName);
      }
      if (!hadTabIndex) {
        element.removeAttribute('tabindex');
      }
    },
    { once: true },
  );
  element.focus();
}

/** Focuses the element after mount and again whenever `focusKey` changes. */
export function useFocusOnChange(ref: RefObject<HTMLElement | null>, isEnabled: boolean, focusKey: string) {
  useEffect(() => {
    if (isEnabled && ref.current) {
      ref.current.focus();
    }
  }, [ref, isEnabled, focusKey]);
}
