import {
  exceptionReasonCodes,
  exceptionReasons,
  statutoryDateKeyLabels,
  statutoryDateKeys,
  type StatutoryDateKey,
} from '@casework/domain';
import { Button, Checkboxes, DateInput, Radios, Textarea, type DateInputValue } from '@casework/ui';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { asChoice } from '../../../app/as-choice';
import { dateFromParts, emptyDate, optionalDateFromParts } from '../../../app/date-parts';
import { withFlash } from '../../../app/flash';
import { formErrors } from '../../../app/form-errors';
import { useLaRole } from '../../../app/la-role';
import { usePageTitle } from '../../../app/page-title';
import { useTRPC } from '../../../trpc';
import { NotFoundPage } from '../../not-found';
import { useInvalidateCasework } from '../use-invalidate';
import { CaseActionLayout, Loading } from './action-layout';
import { useCaseFromRoute } from './use-case';

// The 15-day periods (reg 13(1), CoP 9.83) have no exceptions, so they are not offered.
const excusableKeys = statutoryDateKeys.filter(
  (k) => k !== 'draftPlanComments' && k !== 'schoolConsultationReply',
);

/**
 * An exception to a time limit (reg 5(4), 8(2), 10(4), 13(3)). The legal date never moves: the
 * case is counted separately in the timeliness figures, and the LA must still act as soon as it can.
 */
export function ExceptionPage() {
  const { caseFile, query, notFound } = useCaseFromRoute();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const invalidate = useInvalidateCasework();
  const { canWorkCases } = useLaRole();
  const [reason, setReason] = useState('');
  const [appliesTo, setAppliesTo] = useState<string[]>([]);
  const [fromOn, setFromOn] = useState<DateInputValue>(emptyDate);
  const [toOn, setToOn] = useState<DateInputValue>(emptyDate);
  const [note, setNote] = useState('');
  const record = useMutation(
    trpc.casework.recordException.mutationOptions({
      onSuccess: async (_r, input) => {
        await invalidate();
        await navigate(
          `/cases/${input.requestId}`,
          withFlash({
            heading: 'Exception recorded',
            body: 'The legal dates do not move. Tell the family, and act as soon as you can (SEND Code of Practice 9.43).',
          }),
        );
      },
    }),
  );
  const errors = formErrors(record.error, {
    reason: 'reason',
    appliesTo: 'appliesTo',
    fromOn: 'fromOn-day',
    toOn: 'toOn-day',
  });
  usePageTitle('Record an exception to a time limit', errors.hasErrors);
  if (query.isPending) return <Loading />;
  if (notFound || !caseFile || !canWorkCases) return <NotFoundPage />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const ended = optionalDateFromParts(toOn);
    record.mutate({
      requestId: caseFile.id,
      reason: asChoice(reason),
      appliesTo: appliesTo.filter((k): k is StatutoryDateKey =>
        (statutoryDateKeys as readonly string[]).includes(k),
      ),
      fromOn: dateFromParts(fromOn),
      ...(ended ? { toOn: ended } : {}),
      ...(note.trim() ? { note } : {}),
    });
  };
  return (
    <CaseActionLayout caseFile={caseFile} errors={errors.summary}>
      <h1 className="govuk-heading-l">Record an exception to a time limit</h1>
      <p className="govuk-body">
        Only record an exception when one of these reasons makes it impractical to meet a time limit. The
        legal date does not move, and the local authority must still act as soon as it can.
      </p>
      <form onSubmit={submit} noValidate>
        <Radios
          name="reason"
          legend="Why is the time limit impractical to meet?"
          legendSize="m"
          value={reason}
          onChange={setReason}
          error={errors.byField.reason}
          items={exceptionReasonCodes.map((code) => {
            const info = exceptionReasons[code];
            return {
              value: code,
              label: info.label,
              hint: `Can excuse: ${info.excuses.map((k) => statutoryDateKeyLabels[k].toLowerCase()).join('; ')}. ${info.regulation}.`,
            };
          })}
        />
        <Checkboxes
          name="appliesTo"
          legend="Which time limits does it affect?"
          legendSize="m"
          hint="Select all that apply"
          values={appliesTo}
          onChange={setAppliesTo}
          error={errors.byField.appliesTo}
          items={excusableKeys.map((k) => ({ value: k, label: statutoryDateKeyLabels[k] }))}
        />
        <DateInput
          id="fromOn"
          legend="When did it start?"
          legendSize="m"
          hint="For example, 27 3 2027"
          value={fromOn}
          onChange={setFromOn}
          error={errors.byField.fromOn}
        />
        <DateInput
          id="toOn"
          legend="When did it end? (optional)"
          legendSize="m"
          hint="Leave this empty if it is still going on. A closure or an absence must last at least 4 weeks."
          value={toOn}
          onChange={setToOn}
          error={errors.byField.toOn}
        />
        <Textarea
          id="note"
          label="Note (optional)"
          labelSize="m"
          hint="For example, the dates the school was closed, or what the family told you."
          characterLimit={2000}
          countThreshold={75}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.byField.note}
        />
        <Button type="submit" isPending={record.isPending} preventDoubleClick>
          Record exception
        </Button>
      </form>
    </CaseActionLayout>
  );
}
