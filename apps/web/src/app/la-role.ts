import { useMe } from './use-me';

/** What the signed-in LA user may do: panel members and LA administrators read cases but do not work them. */
export function useLaRole() {
  const me = useMe().data;
  const role = me?.active?.organisationKind === 'la' ? me.active.role : null;
  return {
    userId: me?.userId ?? null,
    role,
    canWorkCases: role === 'caseworker' || role === 'team_manager',
    isTeamManager: role === 'team_manager',
    canSeeTimeliness: role === 'caseworker' || role === 'team_manager' || role === 'la_admin',
  };
}
