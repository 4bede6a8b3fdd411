import { Button, ErrorSummary, Radios } from '@casework/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { formErrors } from '../app/form-errors';
import { usePageTitle } from '../app/page-title';
import { useMe } from '../app/use-me';
import { useTRPC } from '../trpc';

export function SwitchOrganisationPage() {
  const me = useMe().data;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [choice, setChoice] = useState(me?.active?.id ?? '');
  const switchOrg = useMutation(
    trpc.session.switchOrganisation.mutationOptions({
      onSuccess: async () => {
        // Nothing from the previous organisation may stay on screen.
        queryClient.clear();
        await navigate('/');
      },
    }),
  );
  const errors = formErrors(switchOrg.error, { membershipId: 'membershipId' });
  usePageTitle('Choose an organisation', errors.hasErrors);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    switchOrg.mutate({ membershipId: choice });
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {errors.hasErrors && <ErrorSummary errors={errors.summary} />}
        <form onSubmit={submit} noValidate>
          <Radios
            name="membershipId"
            idPrefix="membershipId"
            legend="Which organisation are you working for?"
            legendSize="l"
            isPageHeading
            hint="You only see the requests and cases of the organisation you choose."
            value={choice}
            onChange={setChoice}
            error={errors.byField.membershipId}
            items={(me?.memberships ?? []).map((m) => ({
              value: m.id,
              label: m.organisationName ?? 'Unknown organisation',
              hint: m.roleLabel,
            }))}
          />
          <Button type="submit" isPending={switchOrg.isPending}>
            Continue
          </Button>
        </form>
      </div>
    </div>
  );
}
