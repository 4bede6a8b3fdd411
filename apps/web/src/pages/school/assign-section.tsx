import { Button, ErrorSummary, NotificationBanner, Radios, Table, TextInput } from '@casework/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

import { formErrors } from '../../app/form-errors';
import { formatDateTime } from '../../app/format';
import { usePageTitle } from '../../app/page-title';
import { RouterLink } from '../../app/router-link';
import { useTRPC } from '../../trpc';
import { NotFoundPage } from '../not-found';
import { useRequestFromRoute } from './use-request';

/** The SENCO asks a teacher at the school to write a section (by the teacher's email address). */
export function AssignSectionPage() {
  const { query, request } = useRequestFromRoute();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [sectionId, setSectionId] = useState('');
  const [teacherEmail, setTeacherEmail] = useState('');
  const refresh = () =>
    queryClient.invalidateQueries({
      queryKey: trpc.requests.byId.queryKey({ requestId: request?.id ?? '' }),
    });
  const assign = useMutation(
    trpc.requests.assignSection.mutationOptions({
      onSuccess: async () => {
        setTeacherEmail('');
        await refresh();
      },
    }),
  );
  const unassign = useMutation(trpc.requests.unassignSection.mutationOptions({ onSuccess: refresh }));
  const errors = formErrors(assign.error ?? unassign.error, { sectionId: 'sectionId' });
  usePageTitle('Ask a teacher to write a section', errors.hasErrors);
  if (query.isPending) return <p className="govuk-body">Loading…</p>;
  if (!request || request.status !== 'draft') return <NotFoundPage />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    assign.mutate({ requestId: request.id, sectionId, teacherEmail });
  };
  const assigned = request.sections.filter((s) => s.assignedTo);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {errors.hasErrors && <ErrorSummary errors={errors.summary} />}
        {assign.isSuccess && (
          <NotificationBanner type="success" role="alert" title="Success">
            <p className="govuk-notification-banner__heading">
              {assign.data.name} has been asked to write the section
            </p>
            <p className="govuk-body">They will see it when they sign in.</p>
          </NotificationBanner>
        )}
        <span className="govuk-caption-l">{request.childName ?? 'Request for an EHC needs assessment'}</span>
        <h1 className="govuk-heading-l">Ask a teacher to write a section</h1>
        <p className="govuk-body">
          The teacher sees only the section you choose and the child’s name. You can read and change what they
          write.
        </p>
        <form onSubmit={submit} noValidate>
          <Radios
            name="sectionId"
            idPrefix="sectionId"
            legend="Which section?"
            legendSize="m"
            value={sectionId}
            onChange={setSectionId}
            error={errors.byField.sectionId}
            items={request.sections
              .filter((s) => s.sectionId !== 'consent')
              .map((s) => ({
                value: s.sectionId,
                label: s.title,
                ...(s.assignedTo ? { hint: `Assigned to ${s.assignedTo.name}` } : {}),
              }))}
          />
          <TextInput
            id="teacherEmail"
            name="teacherEmail"
            type="email"
            label="Teacher’s email address"
            hint="They must have a teacher account at your school"
            autoComplete="off"
            spellCheck={false}
            value={teacherEmail}
            onChange={(e) => setTeacherEmail(e.target.value)}
            error={errors.byField.teacherEmail}
          />
          <Button type="submit" isPending={assign.isPending}>
            Ask them to write it
          </Button>
        </form>
        {assigned.length > 0 && (
          <Table
            caption="Sections teachers are writing"
            captionSize="m"
            head={[
              'Section',
              'Teacher',
              'Status',
              { content: <span className="govuk-visually-hidden">Action</span> },
            ]}
            rows={assigned.map((s) => ({
              key: s.sectionId,
              cells: [
                s.title,
                s.assignedTo?.name ?? '',
                s.completedAt ? `Done, ${formatDateTime(s.completedAt)}` : 'Writing',
                <button
                  type="button"
                  className="app-link-button"
                  onClick={() => unassign.mutate({ requestId: request.id, sectionId: s.sectionId })}
                >
                  Stop
                  <span className="govuk-visually-hidden">
                    {' '}
                    {s.assignedTo?.name} writing {s.title}
                  </span>
                </button>,
              ],
            }))}
          />
        )}
        <p className="govuk-body">
          <RouterLink className="govuk-link" href={`/requests/${request.id}`}>
            Back to the request
          </RouterLink>
        </p>
      </div>
    </div>
  );
}
