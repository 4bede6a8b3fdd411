import { Button, ErrorSummary, TextInput } from '@casework/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { formErrors } from '../app/form-errors';
import { usePageTitle } from '../app/page-title';
import { useMe } from '../app/use-me';
import { useTRPC } from '../trpc';

/** Only paths inside this service, so a crafted link cannot send people elsewhere after sign-in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const me = useMe();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation(
    trpc.session.signIn.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        await navigate(safeNext(params.get('next')));
      },
    }),
  );
  const errors = formErrors(signIn.error);
  usePageTitle('Sign in', errors.hasErrors);

  if (me.data && !signIn.isPending) return <Navigate to={safeNext(params.get('next'))} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {errors.hasErrors && <ErrorSummary errors={errors.summary} />}
        <h1 className="govuk-heading-l">Sign in to Casework</h1>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="email"
            name="email"
            type="email"
            label="Email address"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={errors.byField.email}
          />
          <TextInput
            id="password"
            name="password"
            type="password"
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errors.byField.password}
          />
          <Button type="submit" isPending={signIn.isPending}>
            Sign in
          </Button>
        </form>
        <p className="govuk-body">
          If you have forgotten your password or your account is locked, ask your organisation’s
          administrator.
        </p>
      </div>
    </div>
  );
}
