import { useQuery } from '@tanstack/react-query';

import { useTRPC } from '../trpc';

/** All English LAs, with whether each uses the service. Changes rarely: cached for the session. */
export function useLocalAuthorities() {
  const trpc = useTRPC();
  return useQuery(trpc.reference.localAuthorities.queryOptions(undefined, { staleTime: 60 * 60_000 }));
}
