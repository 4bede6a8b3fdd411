import {
  findSection,
  londonDateOf,
  validateSection,
  type RequestAnswers,
  type SectionAnswers,
} from '@casework/domain';
import { Button, ButtonGroup, ErrorSummary, NotificationBanner, WarningText } from '@casework/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';

import { formErrors } from '../../app/form-errors';
import { formatTime } from '../../app/format';
import { usePageTitle } from '../../app/page-title';
import { RouterLink } from '../../app/router-link';
import { useDescribeSchool } from '../../app/use-school-name';
import { useLocalAuthorities } from '../../app/use-reference';
import { useMe } from '../../app/use-me';
import { errorTargetId, SectionFields } from '../../features/request-form';
import { useAutosave, type AutosaveState } from '../../features/request-form/use-autosave';
import { useTRPC, useTRPCClient } from '../../trpc';
import { NotFoundPage } from '../not-found';
import { useRequestFromRoute, type SchoolRequest } from './use-request';

export function RequestSectionPage() {
  const { sectionId = '' } = useParams();
  const { query, request, template } = useRequestFromRoute();
  if (query.isPending) return <p className="govuk-body">Loading…</p>;
  const section = request && template ? template.sections.find((s) => s.id === sectionId) : undefined;
  const state = request?.sections.find((s) => s.sectionId === sectionId);
  if (!request || !template || !section || !state) return <NotFoundPage />;
  // Remount when the stored version changes under us (reload after a conflict).
  return <SectionEditor key={`${sectionId}-${state.version}`} request={request} sectionId={sectionId} />;
}

function SaveStatus({ state }: { state: AutosaveState }) {
  const text =
    state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'saved'
        ? `Saved at ${formatTime(state.at)}`
        : state.kind === 'failed'
          ? 'Not saved yet'
          : '';
  return (
    <p className="govuk-body-s app-save-status" role="status" aria-live="polite">
      {text}
    </p>
  );
}

function SectionEditor({ request, sectionId }: { request: SchoolRequest; sectionId: string }) {
  const me = useMe().data;
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { template } = useRequestFromRoute();
  const las = useLocalAuthorities();
  const today = londonDateOf(new Date());
  const sectionState = request.sections.find((s) => s.sectionId === sectionId);
  const [answers, setAnswers] = useState<RequestAnswers>(request.answers);
  const location = useLocation();
  // Arriving from "check your answers" shows this section's problems straight away.
  const [shownErrors, setShownErrors] = useState<Record<string, string>>(() =>
    template && new URLSearchParams(location.search).has('check')
      ? Object.fromEntries(
          validateSection(template, sectionId, request.answers, { today }).map((p) => [p.field, p.reason]),
        )
      : {},
  );
  useEffect(() => {
    // A link to one answer (#field-id) puts the cursor in that field.
    const id = decodeURIComponent(location.hash.slice(1));
    if (id) document.getElementById(id)?.focus();
  }, [location.hash]);
  const [submitCount, setSubmitCount] = useState(0);
  const describeSchool = useDescribeSchool(answers.child?.currentSetting);
  const autosave = useAutosave({
    requestId: request.id,
    sectionId,
    initialVersion: sectionState?.version ?? 0,
    save: (input) => client.requests.saveSection.mutate(input),
  });
  const complete = useMutation(trpc.requests.completeSection.mutationOptions());
  const isTeacher = me?.active?.role === 'teacher';
  const isReadOnly =
    request.status !== 'draft' || me?.active?.role === 'headteacher' || (isTeacher && !sectionState?.isMine);

  const section = useMemo(() => (template ? findSection(template, sectionId) : null), [template, sectionId]);
  usePageTitle(section?.title ?? 'Section', Object.keys(shownErrors).length > 0);
  if (!template || !section) return null;

  const onChange = (next: SectionAnswers) => {
    const merged = { ...answers, [sectionId]: next };
    setAnswers(merged);
    autosave.schedule(next);
    if (Object.keys(shownErrors).length > 0) {
      // Once errors are shown, clear each one as soon as it is fixed.
      const still = new Set(validateSection(template, sectionId, merged, { today }).map((e) => e.field));
      setShownErrors(Object.fromEntries(Object.entries(shownErrors).filter(([k]) => still.has(k))));
    }
  };

  const finish = async (markDone: boolean) => {
    const saved = await autosave.flush();
    if (!saved) return;
    const problems = validateSection(template, sectionId, answers, { today });
    if (problems.length > 0 && markDone) {
      setShownErrors(Object.fromEntries(problems.map((p) => [p.field, p.reason])));
      setSubmitCount((n) => n + 1);
      return;
    }
    if (isTeacher && markDone) await complete.mutateAsync({ requestId: request.id, sectionId });
    // The task list and the teacher's list both show this section's state.
    await queryClient.invalidateQueries({ queryKey: trpc.requests.pathKey() });
    await navigate(isTeacher ? '/' : `/requests/${request.id}`);
  };

  const conflict = autosave.state.kind === 'conflict' ? autosave.state.message : null;
  const failed = autosave.state.kind === 'failed' ? autosave.state.message : null;
  const summary = Object.entries(shownErrors).map(([field, text]) => ({
    href: `#${errorTargetId(template, field, answers)}`,
    text,
  }));
  const completeErrors = formErrors(complete.error);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {summary.length > 0 && <ErrorSummary errors={summary} focusKey={submitCount} />}
        {completeErrors.hasErrors && <ErrorSummary errors={completeErrors.summary} />}
        {conflict && (
          <NotificationBanner title="Important" role="alert" isFocusedOnMount>
            <p className="govuk-notification-banner__heading">Your latest changes have not been saved</p>
            <p className="govuk-body">{conflict}</p>
            <p className="govuk-body">
              <a
                className="govuk-notification-banner__link"
                href={`/requests/${request.id}/sections/${sectionId}`}
              >
                Reload this section
              </a>
            </p>
          </NotificationBanner>
        )}
        {failed && <WarningText>{failed} We will try again when you next make a change.</WarningText>}
        <span className="govuk-caption-l">{request.childName ?? 'Request for an EHC needs assessment'}</span>
        <h1 className="govuk-heading-l">{section.title}</h1>
        {section.description && <p className="govuk-body">{section.description}</p>}
        {sectionState?.assignedTo && !isTeacher && (
          <p className="govuk-inset-text">
            You asked {sectionState.assignedTo.name} to write this section
            {sectionState.completedAt ? '. They have marked it as done.' : '.'}
          </p>
        )}
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void finish(true);
          }}
        >
          <fieldset className="govuk-fieldset" disabled={isReadOnly || !!conflict}>
            <SectionFields
              template={template}
              section={section}
              answers={answers}
              onChange={onChange}
              errors={shownErrors}
              today={today}
              localAuthorities={las.data ?? []}
              describeSchool={describeSchool}
            />
          </fieldset>
          <SaveStatus state={autosave.state} />
          {!isReadOnly && !conflict && (
            <ButtonGroup>
              <Button type="submit" isPending={complete.isPending}>
                {isTeacher ? 'Save and mark as done' : 'Save and continue'}
              </Button>
              <Button type="button" variant="secondary" onClick={() => void finish(false)}>
                Save and come back later
              </Button>
            </ButtonGroup>
          )}
        </form>
        <p className="govuk-body">
          <RouterLink className="govuk-link" href={isTeacher ? '/' : `/requests/${request.id}`}>
            {isTeacher ? 'Back to your sections' : 'Back to the request'}
          </RouterLink>
        </p>
      </div>
    </div>
  );
}
