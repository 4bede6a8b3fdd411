/** Owns the tables and runs migrations. Never used to serve requests. */
export const OWNER_ROLE = 'casework_owner';
/** Serves every request: owns nothing, no SUPERUSER, no BYPASSRLS, only DML grants. */
export const APP_ROLE = 'casework_app';
