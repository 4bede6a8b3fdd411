import type { AppRouter } from '@casework/api';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Bad input, not signed in, not allowed, not found and a conflict will not change by asking again.
        retry: (count, error) =>
          count < 2 && ![400, 401, 403, 404, 409].includes(errorsOf(error).status ?? 0),
        refetchOnWindowFocus: true,
        staleTime: 5_000,
      },
    },
  });
}

export function makeTrpcClient() {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin' }),
      }),
    ],
  });
}

export interface FieldError {
  field: string;
  reason: string;
}

/** The field-by-field reasons the server gave, or one general message. */
export function errorsOf(error: unknown): {
  fieldErrors: FieldError[];
  message: string | null;
  status: number | null;
} {
  if (error instanceof TRPCClientError) {
    const data = error.data as { fieldErrors?: FieldError[]; httpStatus?: number } | undefined;
    return { fieldErrors: data?.fieldErrors ?? [], message: error.message, status: data?.httpStatus ?? null };
  }
  if (error)
    return {
      fieldErrors: [],
      message: 'Sorry, there is a problem with the service. Try again later.',
      status: null,
    };
  return { fieldErrors: [], message: null, status: null };
}
