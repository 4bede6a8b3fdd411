import { Button, ErrorSummary, Select } from '@casework/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { formErrors } from '../../app/form-errors';
import { usePageTitle } from '../../app/page-title';
import { useLocalAuthorities } from '../../app/use-reference';
import { useTRPC } from '../../trpc';
import { NotFoundPage } from '../not-found';
import { useRequestFromRoute } from './use-request';

export function ChooseLaPage() {
  const { query, request } = useRequestFromRoute();
  const las = useLocalAuthorities();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const homeLa =
    typeof request?.answers.child?.homeLa === 'string' ? request.answers.child.homeLa : undefined;
  const [laCode, setLaCode] = useState<string | null>(null);
  const choose = useMutation(
    trpc.requests.chooseReceivingLa.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({
          queryKey: trpc.requests.byId.queryKey({ requestId: request?.id ?? '' }),
        });
        await navigate(`/requests/${request?.id ?? ''}`);
      },
    }),
  );
  const errors = formErrors(choose.error);
  usePageTitle('Which local authority should receive this request?', errors.hasErrors);
  if (query.isPending) return <p className="govuk-body">Loading…</p>;
  if (!request || request.status !== 'draft') return <NotFoundPage />;
  const value = laCode ?? (request.la.isChosen ? request.la.code : (homeLa ?? request.la.code));
  const homeName = las.data?.find((l) => l.code === homeLa)?.name;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    choose.mutate({ requestId: request.id, laCode: value });
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {errors.hasErrors && <ErrorSummary errors={errors.summary} />}
        <form onSubmit={submit} noValidate>
          <Select
            id="laCode"
            label="Which local authority should receive this request?"
            labelSize="l"
            isPageHeading
            hint={
              homeName
                ? `The responsible local authority is where the child lives, not where the school is. You said the child lives in ${homeName}.`
                : 'The responsible local authority is where the child lives, not where the school is.'
            }
            value={value}
            onChange={(e) => setLaCode(e.target.value)}
            error={errors.byField.laCode}
            options={(las.data ?? []).map((la) => ({
              value: la.code,
              text: la.isOnboarded ? la.name : `${la.name} (not using Casework yet)`,
            }))}
          />
          <Button type="submit" isPending={choose.isPending}>
            Continue
          </Button>
        </form>
      </div>
    </div>
  );
}
