import { getRequestTemplate } from '@casework/domain';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';

import { useTRPC } from '../../trpc';

/** The request named in the URL, as the school sees it, with the template version it was written in. */
export function useRequestFromRoute() {
  const { requestId = '' } = useParams();
  const trpc = useTRPC();
  const query = useQuery(trpc.requests.byId.queryOptions({ requestId }, { staleTime: 0 }));
  const template = query.data ? getRequestTemplate(query.data.templateVersion) : null;
  return { requestId, query, request: query.data, template };
}

export type SchoolRequest = NonNullable<ReturnType<typeof useRequestFromRoute>['request']>;
