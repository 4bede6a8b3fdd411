import { familyContactMethods } from '@casework/domain';
import { Button, DateInput, Radios, Textarea, type DateInputValue } from '@casework/ui';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { asChoice } from '../../../app/as-choice';
import { dateFromParts, todayParts } from '../../../app/date-parts';
import { withFlash } from '../../../app/flash';
import { formErrors } from '../../../app/form-errors';
import { useLaRole } from '../../../app/la-role';
import { usePageTitle } from '../../../app/page-title';
import { useTRPC } from '../../../trpc';
import { NotFoundPage } from '../../not-found';
import { useInvalidateCasework } from '../use-invalidate';
import { CaseActionLayout, Loading } from './action-layout';
import { useCaseFromRoute } from './use-case';

export function FamilyContactPage() {
  const { caseFile, query, notFound } = useCaseFromRoute();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const invalidate = useInvalidateCasework();
  const { canWorkCases } = useLaRole();
  const [contactedOn, setContactedOn] = useState<DateInputValue>(todayParts);
  const [method, setMethod] = useState('');
  const [summary, setSummary] = useState('');
  const record = useMutation(
    trpc.casework.recordFamilyContact.mutationOptions({
      onSuccess: async (_r, input) => {
        await invalidate();
        await navigate(
          `/cases/${input.requestId}/notes`,
          withFlash({ heading: 'Contact with the family recorded' }),
        );
      },
    }),
  );
  const errors = formErrors(record.error, { contactedOn: 'contactedOn-day' });
  usePageTitle('Record contact with the family', errors.hasErrors);
  if (query.isPending) return <Loading />;
  if (notFound || !caseFile || !canWorkCases) return <NotFoundPage />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate({
      requestId: caseFile.id,
      contactedOn: dateFromParts(contactedOn),
      method: asChoice(method),
      summary,
    });
  };
  return (
    <CaseActionLayout
      caseFile={caseFile}
      errors={errors.summary}
      back={{ href: `/cases/${caseFile.id}/notes`, text: 'Back to notes and contact' }}
    >
      <h1 className="govuk-heading-l">Record contact with the family</h1>
      <form onSubmit={submit} noValidate>
        <DateInput
          id="contactedOn"
          legend="When were you in contact?"
          legendSize="m"
          hint="For example, 27 3 2027"
          value={contactedOn}
          onChange={setContactedOn}
          error={errors.byField.contactedOn}
        />
        <Radios
          name="method"
          legend="How?"
          legendSize="m"
          value={method}
          onChange={setMethod}
          error={errors.byField.method}
          items={familyContactMethods.map((m) => ({ value: m.value, label: m.label }))}
        />
        <Textarea
          id="summary"
          label="What was said or agreed?"
          labelSize="m"
          hint="Who you spoke to, what they told you and anything you agreed to do."
          characterLimit={5000}
          countThreshold={75}
          rows={8}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          error={errors.byField.summary}
        />
        <Button type="submit" isPending={record.isPending} preventDoubleClick>
          Record contact
        </Button>
      </form>
    </CaseActionLayout>
  );
}
