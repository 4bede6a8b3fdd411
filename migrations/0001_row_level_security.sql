-- Tenant isolation and least privilege. The roles themselves are created by the bootstrap
-- (packages/db/src/bootstrap.ts) because roles belong to the cluster, not to one database.
-- casework_owner owns the tables and runs migrations; casework_app owns nothing, has no
-- BYPASSRLS, and gets only the DML each table needs.

-- Settings are transaction-local (set_config(..., true)); after COMMIT they read as '' rather
-- than NULL, so every reader maps '' to NULL. With nothing set, every policy matches no row.
CREATE FUNCTION app_la_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.la_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE FUNCTION app_school_urn() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.school_urn', true), '') $$;
--> statement-breakpoint
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE FUNCTION app_role() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.role', true), '') $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO casework_app;
--> statement-breakpoint

-- Reference data: readable by every signed-in request; onboarding changes only a few columns.
GRANT SELECT ON local_authority, school TO casework_app;
--> statement-breakpoint
GRANT UPDATE (onboarded_at, session_idle_minutes, updated_at) ON local_authority TO casework_app;
--> statement-breakpoint

-- Identity tables are looked up before any organisation is active (sign-in, session checks),
-- so they are not tenant-scoped; the session id is a hash of a secret token.
GRANT SELECT, INSERT, UPDATE ON user_account TO casework_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON user_session, sign_in_throttle TO casework_app;
--> statement-breakpoint

-- Memberships: a user sees their own (to switch organisation); an organisation sees its members.
GRANT SELECT, INSERT, UPDATE ON membership TO casework_app;
--> statement-breakpoint
ALTER TABLE membership ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE membership FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY membership_own ON membership FOR SELECT TO casework_app
  USING (user_id = app_user_id());
--> statement-breakpoint
CREATE POLICY membership_la ON membership FOR ALL TO casework_app
  USING (la_id = app_la_id()) WITH CHECK (la_id = app_la_id());
--> statement-breakpoint
CREATE POLICY membership_school ON membership FOR ALL TO casework_app
  USING (school_urn = app_school_urn()) WITH CHECK (school_urn = app_school_urn());
--> statement-breakpoint

-- Audit: insert-only for the app; an organisation reads its own trail.
GRANT SELECT, INSERT ON audit_event TO casework_app;
--> statement-breakpoint
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_event_read ON audit_event FOR SELECT TO casework_app
  USING (la_id = app_la_id() OR school_urn = app_school_urn());
--> statement-breakpoint
CREATE POLICY audit_event_write ON audit_event FOR INSERT TO casework_app
  WITH CHECK ((la_id IS NULL OR la_id = app_la_id()) AND (school_urn IS NULL OR school_urn = app_school_urn()));
--> statement-breakpoint
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$;
--> statement-breakpoint
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
--> statement-breakpoint

-- /health reports how many migrations have run.
GRANT USAGE ON SCHEMA drizzle TO casework_app;
--> statement-breakpoint
GRANT SELECT ON drizzle.__drizzle_migrations TO casework_app;
