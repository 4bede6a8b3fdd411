import type { AppRouter } from '@casework/api';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';

type Api = TRPCOptionsProxy<AppRouter>;

export type CaseloadPage = inferOutput<Api['casework']['caseload']>;
export type CaseloadRow = CaseloadPage['items'][number];
export type CaseFile = inferOutput<Api['casework']['caseById']>;
export type Caseworker = inferOutput<Api['casework']['caseworkers']>[number];
export type TimelinessReport = inferOutput<Api['casework']['timeliness']>;
