import { Button, Select } from '@casework/ui';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

import type { Flash } from '../../app/flash';
import { formErrors } from '../../app/form-errors';
import { useTRPC } from '../../trpc';
import { useCaseworkers } from './use-caseworkers';
import { useInvalidateCasework } from './use-invalidate';

/** Allocates the chosen rows to one caseworker in one go (casework.allocate takes up to 200). */
export function useBulkAllocate(onDone: (flash: Flash) => void) {
  const trpc = useTRPC();
  const invalidate = useInvalidateCasework();
  const caseworkers = useCaseworkers();
  return useMutation(
    trpc.casework.allocate.mutationOptions({
      onSuccess: async (result, input) => {
        const name = caseworkers.data?.find((c) => c.id === input.caseworkerId)?.name ?? 'the caseworker';
        await invalidate();
        onDone({
          heading: `${result.allocated} ${result.allocated === 1 ? 'case' : 'cases'} allocated to ${name}`,
        });
      },
    }),
  );
}

export function ReallocateForm({
  selectedIds,
  allocate,
  label,
  buttonText,
}: {
  selectedIds: string[];
  allocate: ReturnType<typeof useBulkAllocate>;
  label: string;
  buttonText: string;
}) {
  const caseworkers = useCaseworkers();
  const [caseworkerId, setCaseworkerId] = useState('');
  const errors = formErrors(allocate.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    allocate.mutate({ requestIds: selectedIds, caseworkerId });
  };
  return (
    <form onSubmit={submit} noValidate className="app-bulk-action" aria-label={label}>
      <Select
        id="allocateTo"
        label={label}
        labelSize="s"
        value={caseworkerId}
        onChange={(e) => setCaseworkerId(e.target.value)}
        error={errors.byField.caseworkerId}
        options={[
          { value: '', text: 'Choose a caseworker' },
          ...(caseworkers.data ?? []).map((c) => ({ value: c.id, text: c.name })),
        ]}
        formGroupClassName="app-bulk-action__field"
      />
      <div className="app-bulk-action__button">
        <p className="govuk-body-s govuk-!-margin-bottom-2" id="selected-count" aria-live="polite">
          {selectedIds.length} {selectedIds.length === 1 ? 'case' : 'cases'} selected
        </p>
        <Button
          type="submit"
          variant="secondary"
          isPending={allocate.isPending}
          className="govuk-!-margin-bottom-0"
        >
          {buttonText}
        </Button>
      </div>
    </form>
  );
}
