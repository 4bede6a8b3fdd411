import type { SectionAnswers } from '@casework/domain';
import { useCallback, useEffect, useRef, useState } from 'react';

import { errorsOf } from '../../trpc';

export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'conflict'; message: string }
  | { kind: 'failed'; message: string };

interface SaveResult {
  version: number;
  savedAt: string;
}

/**
 * Saves a section shortly after each change, one save at a time, always with the version the
 * answers were based on. A refused save (someone else saved first) stops autosaving and says
 * so, keeping what was typed on screen. On leaving the page a last save goes out with
 * `keepalive`, so closing the tab loses nothing.
 */
export function useAutosave(options: {
  requestId: string;
  sectionId: string;
  initialVersion: number;
  save: (input: {
    requestId: string;
    sectionId: string;
    baseVersion: number;
    answers: SectionAnswers;
  }) => Promise<SaveResult>;
  delayMs?: number;
}) {
  const { requestId, sectionId, save } = options;
  const delay = options.delayMs ?? 800;
  const version = useRef(options.initialVersion);
  const pending = useRef<SectionAnswers | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stopped = useRef(false);
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (inFlight.current) await inFlight.current;
    // Changes made while a save was in flight go out next, one save at a time.
    while (pending.current && !stopped.current) {
      const answers = pending.current;
      pending.current = null;
      setState({ kind: 'saving' });
      let ok = true;
      inFlight.current = save({ requestId, sectionId, baseVersion: version.current, answers })
        .then((result) => {
          version.current = result.version;
          setState({ kind: 'saved', at: result.savedAt });
        })
        .catch((error: unknown) => {
          ok = false;
          const { status, message } = errorsOf(error);
          if (status === 409) {
            stopped.current = true;
            setState({ kind: 'conflict', message: message ?? 'This section was changed somewhere else.' });
          } else {
            // Keep the answers so the next change or leaving the page tries again.
            pending.current ??= answers;
            setState({
              kind: 'failed',
              message: message ?? 'Your changes could not be saved. Check your connection.',
            });
          }
        })
        .finally(() => {
          inFlight.current = null;
        });
      await inFlight.current;
      if (!ok) return false;
    }
    return !stopped.current;
  }, [requestId, sectionId, save]);

  const schedule = useCallback(
    (answers: SectionAnswers) => {
      if (stopped.current) return;
      pending.current = answers;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [delay, flush],
  );

  useEffect(() => {
    const onHide = () => {
      const answers = pending.current;
      if (!answers || stopped.current || document.visibilityState !== 'hidden') return;
      pending.current = null;
      // The page may be gone before a normal request completes: keepalive lets it finish.
      void fetch('/trpc/requests.saveSection', {
        method: 'POST',
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ requestId, sectionId, baseVersion: version.current, answers }),
      })
        .then((res) => (res.ok ? (res.json() as Promise<{ result?: { data?: SaveResult } }>) : null))
        .then((body) => {
          // Still open (the tab was only hidden): carry on from the version just saved.
          if (body?.result?.data) {
            version.current = body.result.data.version;
            setState({ kind: 'saved', at: body.result.data.savedAt });
          }
        })
        .catch(() => {
          pending.current ??= answers;
        });
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
    };
  }, [requestId, sectionId]);

  return { state, schedule, flush, hasUnsaved: () => pending.current !== null || inFlight.current !== null };
}
