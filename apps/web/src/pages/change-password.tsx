import { Button, ErrorSummary, NotificationBanner, TextInput } from '@casework/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

import { formErrors } from '../app/form-errors';
import { usePageTitle } from '../app/page-title';
import { useTRPC } from '../trpc';

export function ChangePasswordPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const change = useMutation(
    trpc.session.changePassword.mutationOptions({
      onSuccess: async () => {
        setCurrent('');
        setNew('');
        await queryClient.invalidateQueries();
      },
    }),
  );
  const errors = formErrors(change.error);
  usePageTitle('Change your password', errors.hasErrors);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate({ currentPassword, newPassword });
  };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {errors.hasErrors && <ErrorSummary errors={errors.summary} />}
        {change.isSuccess && (
          <NotificationBanner type="success" role="alert" title="Success" isFocusedOnMount>
            <p className="govuk-notification-banner__heading">Your password has been changed</p>
            <p className="govuk-body">You have been signed out everywhere else.</p>
          </NotificationBanner>
        )}
        <h1 className="govuk-heading-l">Change your password</h1>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="currentPassword"
            name="currentPassword"
            type="password"
            label="Current password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrent(e.target.value)}
            error={errors.byField.currentPassword}
          />
          <TextInput
            id="newPassword"
            name="newPassword"
            type="password"
            label="New password"
            hint="Use 12 characters or more. Three random words are easy to remember and hard to guess."
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNew(e.target.value)}
            error={errors.byField.newPassword}
          />
          <Button type="submit" isPending={change.isPending}>
            Change password
          </Button>
        </form>
      </div>
    </div>
  );
}
