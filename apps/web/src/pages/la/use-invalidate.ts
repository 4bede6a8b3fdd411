import { useQueryClient } from '@tanstack/react-query';

import { useTRPC } from '../../trpc';

/** After any change to a case: refresh the case, the lists and the figures it appears in. */
export function useInvalidateCasework() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.casework.pathFilter());
}
