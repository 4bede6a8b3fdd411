import { isValidUrn } from '@casework/domain';
import { useQuery } from '@tanstack/react-query';

import { useTRPC } from '../trpc';

/** Looks a school up in the national register by URN, so forms can show its name beside the number. */
export function useDescribeSchool(urn: unknown): (urn: string) => string | undefined {
  const trpc = useTRPC();
  const valid = typeof urn === 'string' && isValidUrn(urn);
  const school = useQuery(
    trpc.reference.school.queryOptions(
      { urn: valid ? urn : '000000' },
      { enabled: valid, staleTime: 10 * 60_000 },
    ),
  );
  return (asked) => {
    if (!school.data || asked !== school.data.urn) return undefined;
    return school.data.isOpen ? school.data.name : `${school.data.name} (closed)`;
  };
}
