import { describe, expect, it } from 'vitest';

import type { Access } from '../trpc/init';
import { appRouter } from './index';

type AnyProcedure = { _def: { meta?: { access?: Access }; type: string } };

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>);

describe('every procedure declares who may call it', () => {
  it('finds procedures to check', () => {
    expect(procedures.length).toBeGreaterThan(5);
  });

  it.each(procedures)('%s has an access rule', (_path, procedure) => {
    const access = procedure._def.meta?.access;
    expect(access).toBeDefined();
    expect(['public', 'signedIn', 'school', 'la', 'platform']).toContain(access?.kind);
    if (access?.kind === 'school' || access?.kind === 'la') expect(access.roles.length).toBeGreaterThan(0);
  });

  it('keeps public procedures to the few that must work before signing in', () => {
    const open = procedures.filter(([, p]) => p._def.meta?.access?.kind === 'public').map(([path]) => path);
    expect(open.sort()).toEqual(['adviceLink.describe', 'session.me', 'session.signIn']);
  });
});
