-- LA casework tables: each belongs to one LA and is reached only with that LA active.
-- Case tables also require their request to be visible (so never a school's draft).

-- A caseworker records a request a parent or young person made directly (by letter or email).
CREATE POLICY request_la_record ON assessment_request FOR INSERT TO casework_app
  WITH CHECK (la_id = app_la_id() AND source = 'recorded_by_la' AND status <> 'draft');
--> statement-breakpoint
CREATE POLICY snapshot_la_record ON request_snapshot FOR INSERT TO casework_app
  WITH CHECK (la_id = app_la_id() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id));
--> statement-breakpoint

GRANT SELECT, INSERT, UPDATE ON child TO casework_app;
--> statement-breakpoint
ALTER TABLE child ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE child FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY child_la ON child FOR ALL TO casework_app
  USING (la_id = app_la_id()) WITH CHECK (la_id = app_la_id());
--> statement-breakpoint

GRANT SELECT, INSERT, UPDATE ON advice_request TO casework_app;
--> statement-breakpoint
ALTER TABLE advice_request ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE advice_request FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY advice_request_la ON advice_request FOR ALL TO casework_app
  USING (la_id = app_la_id() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id))
  WITH CHECK (la_id = app_la_id() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id));
--> statement-breakpoint

GRANT SELECT, INSERT, UPDATE ON advice_upload_link TO casework_app;
--> statement-breakpoint
ALTER TABLE advice_upload_link ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE advice_upload_link FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY advice_upload_link_la ON advice_upload_link FOR ALL TO casework_app
  USING (la_id = app_la_id()) WITH CHECK (la_id = app_la_id());
--> statement-breakpoint
-- An adviser has no account and no LA: the token alone names the one advice request it may
-- reach. This function (run as the owner, the only role with a policy for it) turns a token hash
-- into that scope, and only while the link is unused and unexpired.
CREATE POLICY advice_upload_link_owner ON advice_upload_link FOR SELECT TO casework_owner USING (true);
--> statement-breakpoint
CREATE FUNCTION advice_link_scope(p_token_hash text)
  RETURNS TABLE (link_id uuid, la_id uuid, advice_request_id uuid, expires_at timestamptz, used_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT id, la_id, advice_request_id, expires_at, used_at FROM advice_upload_link WHERE token_hash = p_token_hash $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION advice_link_scope(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION advice_link_scope(text) TO casework_app;
--> statement-breakpoint

GRANT SELECT, INSERT ON case_document TO casework_app;
--> statement-breakpoint
ALTER TABLE case_document ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_document FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_document_la ON case_document FOR ALL TO casework_app
  USING (la_id = app_la_id() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id))
  WITH CHECK (la_id = app_la_id() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id));
--> statement-breakpoint

GRANT SELECT, INSERT ON case_note TO casework_app;
--> statement-breakpoint
ALTER TABLE case_note ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_note FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_note_la ON case_note FOR ALL TO casework_app
  USING (la_id = app_la_id() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id))
  WITH CHECK (la_id = app_la_id() AND author_id = app_user_id()
    AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id));
--> statement-breakpoint

GRANT SELECT, INSERT, UPDATE ON case_task TO casework_app;
--> statement-breakpoint
ALTER TABLE case_task ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE case_task FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_task_la ON case_task FOR ALL TO casework_app
  USING (la_id = app_la_id() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id))
  WITH CHECK (la_id = app_la_id() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id));
--> statement-breakpoint

GRANT SELECT, INSERT ON statutory_exception_record TO casework_app;
--> statement-breakpoint
ALTER TABLE statutory_exception_record ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE statutory_exception_record FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY statutory_exception_la ON statutory_exception_record FOR ALL TO casework_app
  USING (la_id = app_la_id() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id))
  WITH CHECK (la_id = app_la_id() AND recorded_by = app_user_id()
    AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id));
--> statement-breakpoint

-- Notifications: each person sees only their own, within the active LA.
GRANT SELECT, INSERT, UPDATE ON notification TO casework_app;
--> statement-breakpoint
ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE notification FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notification_insert ON notification FOR INSERT TO casework_app
  WITH CHECK (la_id = app_la_id());
--> statement-breakpoint
CREATE POLICY notification_own ON notification FOR SELECT TO casework_app
  USING (la_id = app_la_id() AND recipient_id = app_user_id());
--> statement-breakpoint
CREATE POLICY notification_mark_read ON notification FOR UPDATE TO casework_app
  USING (la_id = app_la_id() AND recipient_id = app_user_id())
  WITH CHECK (la_id = app_la_id() AND recipient_id = app_user_id());
--> statement-breakpoint

-- The job queue is the service's own machinery, not tenant data.
GRANT SELECT, INSERT, UPDATE ON job TO casework_app;
