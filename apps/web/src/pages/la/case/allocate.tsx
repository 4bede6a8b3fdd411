import { Button, Radios } from '@casework/ui';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

import { withFlash } from '../../../app/flash';
import { formErrors } from '../../../app/form-errors';
import { useLaRole } from '../../../app/la-role';
import { usePageTitle } from '../../../app/page-title';
import { useTRPC } from '../../../trpc';
import { NotFoundPage } from '../../not-found';
import { useCaseworkers } from '../use-caseworkers';
import { useInvalidateCasework } from '../use-invalidate';
import { CaseActionLayout, Loading } from './action-layout';
import { useCaseFromRoute } from './use-case';

export function AllocatePage() {
  const { caseFile, query, notFound } = useCaseFromRoute();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const invalidate = useInvalidateCasework();
  const caseworkers = useCaseworkers();
  const { canWorkCases, userId } = useLaRole();
  const fromIntake = useSearchParams()[0].get('from') === 'intake';
  const [chosen, setChosen] = useState<string | null>(null);
  const allocate = useMutation(
    trpc.casework.allocate.mutationOptions({
      onSuccess: async (_r, input) => {
        await invalidate();
        const name = caseworkers.data?.find((w) => w.id === input.caseworkerId)?.name ?? 'the caseworker';
        const heading = `${caseFile?.reference ?? 'The case'} allocated to ${name}`;
        await navigate(fromIntake ? '/intake' : `/cases/${caseFile?.id ?? ''}`, withFlash({ heading }));
      },
    }),
  );
  const errors = formErrors(allocate.error);
  usePageTitle('Who should work on this case?', errors.hasErrors);
  if (query.isPending) return <Loading />;
  if (notFound || !caseFile || !canWorkCases) return <NotFoundPage />;
  const value = chosen ?? caseFile.allocatedTo?.id ?? '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    allocate.mutate({ requestIds: [caseFile.id], caseworkerId: value });
  };
  return (
    <CaseActionLayout
      caseFile={caseFile}
      errors={errors.summary}
      {...(fromIntake ? { back: { href: '/intake', text: 'Back to new requests' } } : {})}
    >
      <form onSubmit={submit} noValidate>
        <Radios
          name="caseworkerId"
          legend="Who should work on this case?"
          legendSize="l"
          isPageHeading
          value={value}
          onChange={setChosen}
          error={errors.byField.caseworkerId}
          items={(caseworkers.data ?? []).map((w) => ({
            value: w.id,
            label: w.id === userId ? `${w.name} (you)` : w.name,
            ...(w.id === caseFile.allocatedTo?.id ? { hint: 'Has the case now' } : {}),
          }))}
        />
        <Button type="submit" isPending={allocate.isPending}>
          Allocate
        </Button>
      </form>
    </CaseActionLayout>
  );
}
