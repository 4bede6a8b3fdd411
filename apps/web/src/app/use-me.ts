import { useQuery } from '@tanstack/react-query';

import { useTRPC } from '../trpc';

/** The signed-in user and their active organisation, or null. */
export function useMe() {
  const trpc = useTRPC();
  return useQuery(trpc.session.me.queryOptions(undefined, { staleTime: 30_000 }));
}

export type Me = NonNullable<ReturnType<typeof useMe>['data']>;
