import { requesterKinds } from '@casework/domain';
import {
  BackLink,
  Button,
  DateInput,
  ErrorSummary,
  Radios,
  TextInput,
  Textarea,
  type DateInputValue,
} from '@casework/ui';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { asChoice } from '../../app/as-choice';
import { dateFromParts, emptyDate, todayParts } from '../../app/date-parts';
import { withFlash } from '../../app/flash';
import { formErrors } from '../../app/form-errors';
import { useLaRole } from '../../app/la-role';
import { usePageTitle } from '../../app/page-title';
import { useDescribeSchool } from '../../app/use-school-name';
import { useTRPC } from '../../trpc';
import { NotFoundPage } from '../not-found';
import { useInvalidateCasework } from './use-invalidate';

const fieldIds = { receivedOn: 'receivedOn-day', childDateOfBirth: 'childDateOfBirth-day' };

/**
 * A request that reached the LA by letter, email or phone from a parent, a young person or anyone
 * else. The clock starts on the day it was received (reg 5(1)), not the day it is entered here.
 */
export function RecordDirectRequestPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const invalidate = useInvalidateCasework();
  const { canWorkCases } = useLaRole();
  const [receivedOn, setReceivedOn] = useState<DateInputValue>(todayParts);
  const [requesterKind, setRequesterKind] = useState('');
  const [requesterName, setRequesterName] = useState('');
  const [childLegalName, setChildLegalName] = useState('');
  const [childDateOfBirth, setChildDateOfBirth] = useState<DateInputValue>(emptyDate);
  const [childUpn, setChildUpn] = useState('');
  const [childPostcode, setChildPostcode] = useState('');
  const [schoolUrn, setSchoolUrn] = useState('');
  const [summary, setSummary] = useState('');
  const describeSchool = useDescribeSchool(schoolUrn.trim());
  const record = useMutation(
    trpc.casework.recordDirectRequest.mutationOptions({
      onSuccess: async (result) => {
        await invalidate();
        await navigate(
          `/cases/${result.id}`,
          withFlash({
            heading: `Request ${result.reference} recorded`,
            body: 'Add the letter or email the request came in, so the case holds what the family sent.',
            link: { href: `/cases/${result.id}/documents/new?kind=request`, text: 'Upload the request' },
          }),
        );
      },
    }),
  );
  const errors = formErrors(record.error, fieldIds);
  usePageTitle('Record a request made directly to the LA', errors.hasErrors);
  if (!canWorkCases) return <NotFoundPage />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate({
      receivedOn: dateFromParts(receivedOn),
      requesterKind: asChoice(requesterKind),
      requesterName,
      childLegalName,
      childDateOfBirth: dateFromParts(childDateOfBirth),
      childUpn,
      childPostcode,
      schoolUrn,
      summary,
    });
  };
  const schoolName = describeSchool(schoolUrn.trim());

  return (
    <>
      <BackLink href="/intake">Back to new requests</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors.summary} />
          <span className="govuk-caption-l">New requests</span>
          <h1 className="govuk-heading-l">Record a request made directly to the LA</h1>
          <p className="govuk-body">
            Use this for a request from a parent, a young person or someone else that came by letter, email or
            phone. Requests from schools arrive in Casework by themselves.
          </p>
          <form onSubmit={submit} noValidate>
            <DateInput
              id="receivedOn"
              legend="When did the local authority receive the request?"
              legendSize="m"
              hint="The 6-week and 20-week time limits count from this date. For example, 27 3 2027"
              value={receivedOn}
              onChange={setReceivedOn}
              error={errors.byField.receivedOn}
            />
            <Radios
              name="requesterKind"
              legend="Who made the request?"
              legendSize="m"
              value={requesterKind}
              onChange={setRequesterKind}
              error={errors.byField.requesterKind}
              items={requesterKinds.map((k) => ({ value: k.value, label: k.label }))}
            />
            <TextInput
              id="requesterName"
              label="Full name of the person who made the request"
              labelSize="s"
              autoComplete="off"
              value={requesterName}
              onChange={(e) => setRequesterName(e.target.value)}
              error={errors.byField.requesterName}
            />
            <h2 className="govuk-heading-m">The child or young person</h2>
            <TextInput
              id="childLegalName"
              label="Full legal name"
              labelSize="s"
              autoComplete="off"
              value={childLegalName}
              onChange={(e) => setChildLegalName(e.target.value)}
              error={errors.byField.childLegalName}
            />
            <DateInput
              id="childDateOfBirth"
              legend="Date of birth"
              legendSize="s"
              hint="For example, 15 9 2016"
              value={childDateOfBirth}
              onChange={setChildDateOfBirth}
              error={errors.byField.childDateOfBirth}
            />
            <TextInput
              id="childUpn"
              label="Unique pupil number (UPN) (optional)"
              labelSize="s"
              hint="13 characters, starting with a letter. It is on school reports and letters from the school."
              width="govuk-input--width-20"
              spellCheck={false}
              value={childUpn}
              onChange={(e) => setChildUpn(e.target.value)}
              error={errors.byField.childUpn}
            />
            <TextInput
              id="childPostcode"
              label="Home postcode (optional)"
              labelSize="s"
              width="govuk-input--width-10"
              autoComplete="off"
              value={childPostcode}
              onChange={(e) => setChildPostcode(e.target.value)}
              error={errors.byField.childPostcode}
            />
            <TextInput
              id="schoolUrn"
              label="School URN (optional)"
              labelSize="s"
              hint={
                schoolName
                  ? `School: ${schoolName}`
                  : 'The 6-digit unique reference number of the school or college the child attends, if any.'
              }
              width="govuk-input--width-10"
              inputMode="numeric"
              value={schoolUrn}
              onChange={(e) => setSchoolUrn(e.target.value)}
              error={errors.byField.schoolUrn}
            />
            <Textarea
              id="summary"
              label="What does the request say?"
              labelSize="m"
              hint="A short summary: the child’s needs, what the family is asking for, and anything urgent. You can upload the letter or email next."
              characterLimit={5000}
              rows={8}
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
              error={errors.byField.summary}
            />
            <Button type="submit" isPending={record.isPending} preventDoubleClick>
              Record request
            </Button>
          </form>
        </div>
      </div>
    </>
  );
}
