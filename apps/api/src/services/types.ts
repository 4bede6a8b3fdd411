import type { SessionLifetime } from '@casework/auth';
import type { Database } from '@casework/db';
import type { OrganisationKind, Role } from '@casework/domain';

import type { Logger } from '../logger';
import type { Mailer } from '../mail/mailer';
import type { FileStorage } from './file-storage';
import type { VirusScanner } from './virus-scanner';

/** Everything the API needs from outside, passed in so tests supply their own. */
export interface AppDeps {
  db: Database;
  logger: Logger;
  /** The one place the current time is read. */
  now: () => Date;
  config: {
    appOrigin: string;
    sessionLifetime: SessionLifetime;
    trustProxy: boolean;
    webDistDir?: string | undefined;
  };
  migrationState?: () => Promise<{ applied: number; total: number }>;
  storage: FileStorage;
  scanner: VirusScanner;
  mailer: Mailer;
}

export interface ActiveMembership {
  id: string;
  role: Role;
  organisationKind: OrganisationKind;
  laId: string | null;
  laCode: string | null;
  laName: string | null;
  schoolUrn: string | null;
  schoolName: string | null;
}

/** The signed-in user and the organisation they are acting for. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  sessionId: string;
  sessionPublicId: string;
  memberships: ActiveMembership[];
  active: ActiveMembership | null;
}
