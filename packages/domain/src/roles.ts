/**
 * Roles a membership can carry, grouped by the kind of organisation they belong to, and what
 * each may do. A user may hold several memberships (a SENCO at two schools, an external panel
 * member) and acts through one active membership at a time.
 */
export const schoolRoles = ['senco', 'teacher', 'headteacher'] as const;
export const laRoles = ['caseworker', 'team_manager', 'panel_member', 'la_admin'] as const;
export const platformRoles = ['platform_admin'] as const;
export const roles = [...schoolRoles, ...laRoles, ...platformRoles] as const;

export type SchoolRole = (typeof schoolRoles)[number];
export type LaRole = (typeof laRoles)[number];
export type PlatformRole = (typeof platformRoles)[number];
export type Role = (typeof roles)[number];
export type OrganisationKind = 'school' | 'la' | 'platform';

export const roleLabels: Record<Role, string> = {
  senco: 'SENCO',
  teacher: 'Teacher',
  headteacher: 'Headteacher',
  caseworker: 'Caseworker',
  team_manager: 'Team manager',
  panel_member: 'Panel member',
  la_admin: 'LA administrator',
  platform_admin: 'Platform administrator',
};

export function organisationKindOf(role: Role): OrganisationKind {
  if ((schoolRoles as readonly string[]).includes(role)) return 'school';
  if ((laRoles as readonly string[]).includes(role)) return 'la';
  return 'platform';
}

export function isSchoolRole(role: string): role is SchoolRole {
  return (schoolRoles as readonly string[]).includes(role);
}
export function isLaRole(role: string): role is LaRole {
  return (laRoles as readonly string[]).includes(role);
}

/**
 * Who may clear a locked account: an LA administrator for staff of their LA, a platform
 * administrator for anyone.
 */
export const rolesThatManageUsers: readonly Role[] = ['la_admin', 'platform_admin'];
