import { useQuery } from '@tanstack/react-query';

import { useTRPC } from '../../trpc';

/** The LA's caseworkers and team managers, for allocation and task lists. */
export function useCaseworkers() {
  const trpc = useTRPC();
  return useQuery(trpc.casework.caseworkers.queryOptions(undefined, { staleTime: 5 * 60_000 }));
}
