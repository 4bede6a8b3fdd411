import { Button, ErrorSummary, NotificationBanner, TextInput } from '@casework/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

import { formErrors } from '../../app/form-errors';
import { useTRPC } from '../../trpc';

/** An LA administrator sets how long staff may be idle before they are signed out. */
export function IdleTimeoutForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.admin.sessionSettings.queryOptions());
  const [minutes, setMinutes] = useState<string | null>(null);
  const save = useMutation(
    trpc.admin.setStaffIdleTimeout.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.admin.sessionSettings.queryKey() }),
    }),
  );
  const errors = formErrors(save.error);
  if (!settings.data) return null;
  const value = minutes ?? (settings.data.idleMinutes === null ? '' : String(settings.data.idleMinutes));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = value.trim();
    save.mutate({ idleMinutes: trimmed === '' ? null : Number(trimmed) });
  };
  return (
    <section aria-labelledby="idle-heading">
      <h2 className="govuk-heading-m" id="idle-heading">
        Signing out idle staff
      </h2>
      {errors.hasErrors && <ErrorSummary errors={errors.summary} />}
      {save.isSuccess && (
        <NotificationBanner type="success" role="alert" title="Success">
          <p className="govuk-notification-banner__heading">
            {save.data.idleMinutes === null
              ? `Staff are signed out after the service default of ${settings.data.defaultIdleMinutes} minutes`
              : `Staff are signed out after ${save.data.idleMinutes} minutes without use`}
          </p>
        </NotificationBanner>
      )}
      <form onSubmit={submit} noValidate>
        <TextInput
          id="idleMinutes"
          label="Minutes without use before staff are signed out"
          labelSize="s"
          hint={`Between 5 and 480. Leave blank for the service default of ${settings.data.defaultIdleMinutes} minutes. Every session also ends after ${settings.data.absoluteHours} hours.`}
          inputMode="numeric"
          width="govuk-input--width-4"
          suffix="minutes"
          value={value}
          onChange={(e) => setMinutes(e.target.value)}
          error={errors.byField.idleMinutes}
        />
        <Button type="submit" variant="secondary" isPending={save.isPending}>
          Save
        </Button>
      </form>
    </section>
  );
}
