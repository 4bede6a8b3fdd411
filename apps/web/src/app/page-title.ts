import { useEffect } from 'react';

/** GOV.UK page titles: "Page – Casework", with "Error: " first when the page shows errors. */
export function usePageTitle(title: string, hasErrors = false) {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – Casework`;
  }, [title, hasErrors]);
}
