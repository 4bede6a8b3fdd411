import { familyContactMethods } from '@casework/domain';
import { Button, ButtonLink, ErrorSummary, Table, Textarea } from '@casework/ui';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

import { SuccessBanner, type Flash } from '../../../app/flash';
import { formErrors } from '../../../app/form-errors';
import { formatDate, formatDateTime } from '../../../app/format';
import { useLaRole } from '../../../app/la-role';
import { usePageTitle } from '../../../app/page-title';
import { useTRPC } from '../../../trpc';
import { useInvalidateCasework } from '../use-invalidate';
import { childNameOf, useCaseFile } from './use-case';

/** The record of contact with the family (CFA s36(4), CoP 9.43: keep them informed) and the case notes. */
export function CaseNotesTab() {
  const c = useCaseFile();
  const trpc = useTRPC();
  const invalidate = useInvalidateCasework();
  const { canWorkCases } = useLaRole();
  const [done, setDone] = useState<Flash | null>(null);
  const [body, setBody] = useState('');
  const addNote = useMutation(
    trpc.casework.addNote.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        setBody('');
        setDone({ heading: 'Note added' });
      },
    }),
  );
  const errors = formErrors(addNote.error, { body: 'noteBody' });
  usePageTitle(`Notes and contact – ${childNameOf(c)}`, errors.hasErrors);
  const contacts = c.notes.filter((n) => n.kind === 'family_contact');
  const notes = c.notes.filter((n) => n.kind !== 'family_contact');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    addNote.mutate({ requestId: c.id, body });
  };

  return (
    <>
      <SuccessBanner flash={done} />
      <ErrorSummary errors={errors.summary} />
      <h2 className="govuk-heading-m">Contact with the family</h2>
      {contacts.length === 0 ? (
        <p className="govuk-body">No contact with the family has been recorded.</p>
      ) : (
        <Table
          caption="Contact recorded"
          head={['Date', 'How', 'What was said', 'Recorded by']}
          rows={contacts.map((n) => ({
            key: n.id,
            cells: [
              <span className="app-nowrap">{formatDate(n.contactedOn)}</span>,
              familyContactMethods.find((m) => m.value === n.contactMethod)?.label ?? n.contactMethod ?? '',
              <span className="app-pre-wrap">{n.body}</span>,
              n.by,
            ],
          }))}
        />
      )}
      {canWorkCases && (
        <ButtonLink href={`/cases/${c.id}/family-contact`} variant="secondary">
          Record contact with the family
        </ButtonLink>
      )}

      <h2 className="govuk-heading-m">Notes</h2>
      {canWorkCases && (
        <form onSubmit={submit} noValidate>
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <Textarea
                id="noteBody"
                name="body"
                label="Add a note"
                labelSize="s"
                hint="Only the local authority’s staff can see notes."
                characterLimit={5000}
                countThreshold={75}
                value={body}
                onChange={(e) => setBody(e.target.value)}
                error={errors.byField.body}
              />
              <Button type="submit" variant="secondary" isPending={addNote.isPending}>
                Add note
              </Button>
            </div>
          </div>
        </form>
      )}
      {notes.length === 0 ? (
        <p className="govuk-body">There are no notes yet.</p>
      ) : (
        <ol className="govuk-list app-timeline">
          {notes.map((n) => (
            <li key={n.id} className="app-timeline__item">
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                {n.by}, {formatDateTime(n.at)}
              </p>
              <p className="govuk-body app-pre-wrap">{n.body}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
