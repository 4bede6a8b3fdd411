-- Who may see and change assessment requests and everything hanging off them.
-- School side: the SENCO writes; the headteacher reads; a teacher reads and writes only requests
-- with a section assigned to them (the API narrows that to the sections themselves).
-- LA side: the receiving LA sees a request only once it is submitted, never a draft.
-- Child tables check the parent through its own policy (EXISTS on assessment_request), so a
-- row is visible only where its request is.

GRANT SELECT, INSERT, UPDATE ON assessment_request TO casework_app;
--> statement-breakpoint
ALTER TABLE assessment_request ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE assessment_request FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY request_senco ON assessment_request FOR ALL TO casework_app
  USING (school_urn = app_school_urn() AND app_role() = 'senco')
  WITH CHECK (school_urn = app_school_urn() AND app_role() = 'senco');
--> statement-breakpoint
CREATE POLICY request_headteacher_read ON assessment_request FOR SELECT TO casework_app
  USING (school_urn = app_school_urn() AND app_role() = 'headteacher');
--> statement-breakpoint
CREATE POLICY request_teacher_read ON assessment_request FOR SELECT TO casework_app
  USING (school_urn = app_school_urn() AND app_role() = 'teacher' AND EXISTS (
    SELECT 1 FROM request_section_assignment a
    WHERE a.request_id = assessment_request.id AND a.assigned_to = app_user_id()));
--> statement-breakpoint
CREATE POLICY request_teacher_write ON assessment_request FOR UPDATE TO casework_app
  USING (school_urn = app_school_urn() AND app_role() = 'teacher' AND status = 'draft' AND EXISTS (
    SELECT 1 FROM request_section_assignment a
    WHERE a.request_id = assessment_request.id AND a.assigned_to = app_user_id()))
  WITH CHECK (school_urn = app_school_urn() AND app_role() = 'teacher' AND status = 'draft');
--> statement-breakpoint
CREATE POLICY request_la_read ON assessment_request FOR SELECT TO casework_app
  USING (la_id = app_la_id() AND status <> 'draft');
--> statement-breakpoint
CREATE POLICY request_la_write ON assessment_request FOR UPDATE TO casework_app
  USING (la_id = app_la_id() AND status <> 'draft')
  WITH CHECK (la_id = app_la_id() AND status <> 'draft');
--> statement-breakpoint

GRANT SELECT, INSERT, UPDATE, DELETE ON request_section_assignment TO casework_app;
--> statement-breakpoint
ALTER TABLE request_section_assignment ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE request_section_assignment FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY assignment_senco ON request_section_assignment FOR ALL TO casework_app
  USING (school_urn = app_school_urn() AND app_role() = 'senco')
  WITH CHECK (school_urn = app_school_urn() AND app_role() = 'senco');
--> statement-breakpoint
CREATE POLICY assignment_headteacher_read ON request_section_assignment FOR SELECT TO casework_app
  USING (school_urn = app_school_urn() AND app_role() = 'headteacher');
--> statement-breakpoint
CREATE POLICY assignment_teacher_own ON request_section_assignment FOR SELECT TO casework_app
  USING (school_urn = app_school_urn() AND app_role() = 'teacher' AND assigned_to = app_user_id());
--> statement-breakpoint
CREATE POLICY assignment_teacher_complete ON request_section_assignment FOR UPDATE TO casework_app
  USING (school_urn = app_school_urn() AND app_role() = 'teacher' AND assigned_to = app_user_id())
  WITH CHECK (school_urn = app_school_urn() AND app_role() = 'teacher' AND assigned_to = app_user_id());
--> statement-breakpoint

GRANT SELECT, INSERT, UPDATE ON request_section TO casework_app;
--> statement-breakpoint
ALTER TABLE request_section ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE request_section FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY section_school ON request_section FOR ALL TO casework_app
  USING (school_urn = app_school_urn() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id))
  WITH CHECK (school_urn = app_school_urn() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id));
--> statement-breakpoint
CREATE POLICY section_la_read ON request_section FOR SELECT TO casework_app
  USING (la_id = app_la_id() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id));
--> statement-breakpoint

GRANT SELECT, INSERT ON request_section_edit TO casework_app;
--> statement-breakpoint
-- Append-only but for the LA it belongs to, which follows the request until it is sent.
GRANT UPDATE (la_id) ON request_section_edit TO casework_app;
--> statement-breakpoint
ALTER TABLE request_section_edit ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE request_section_edit FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY section_edit_school ON request_section_edit FOR SELECT TO casework_app
  USING (school_urn = app_school_urn() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id));
--> statement-breakpoint
-- Nobody can record an edit in someone else's name.
CREATE POLICY section_edit_school_insert ON request_section_edit FOR INSERT TO casework_app
  WITH CHECK (school_urn = app_school_urn() AND edited_by = app_user_id()
    AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id));
--> statement-breakpoint
CREATE POLICY section_edit_school_move ON request_section_edit FOR UPDATE TO casework_app
  USING (school_urn = app_school_urn() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id))
  WITH CHECK (school_urn = app_school_urn() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id));
--> statement-breakpoint
CREATE POLICY section_edit_la_read ON request_section_edit FOR SELECT TO casework_app
  USING (la_id = app_la_id() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id));
--> statement-breakpoint

GRANT SELECT, INSERT ON request_snapshot TO casework_app;
--> statement-breakpoint
ALTER TABLE request_snapshot ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE request_snapshot FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY snapshot_school ON request_snapshot FOR ALL TO casework_app
  USING (school_urn = app_school_urn() AND app_role() IN ('senco', 'headteacher'))
  WITH CHECK (school_urn = app_school_urn() AND app_role() = 'senco');
--> statement-breakpoint
CREATE POLICY snapshot_la_read ON request_snapshot FOR SELECT TO casework_app
  USING (la_id = app_la_id());
--> statement-breakpoint

GRANT SELECT, INSERT, UPDATE ON request_attachment TO casework_app;
--> statement-breakpoint
ALTER TABLE request_attachment ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE request_attachment FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY attachment_senco ON request_attachment FOR ALL TO casework_app
  USING (school_urn = app_school_urn() AND app_role() = 'senco')
  WITH CHECK (school_urn = app_school_urn() AND app_role() = 'senco');
--> statement-breakpoint
CREATE POLICY attachment_headteacher_read ON request_attachment FOR SELECT TO casework_app
  USING (school_urn = app_school_urn() AND app_role() = 'headteacher');
--> statement-breakpoint
CREATE POLICY attachment_la_read ON request_attachment FOR SELECT TO casework_app
  USING (la_id = app_la_id() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id));
--> statement-breakpoint

GRANT SELECT, INSERT ON request_event TO casework_app;
--> statement-breakpoint
ALTER TABLE request_event ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE request_event FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY event_school_read ON request_event FOR SELECT TO casework_app
  USING (school_urn = app_school_urn() AND is_visible_to_school AND app_role() IN ('senco', 'headteacher'));
--> statement-breakpoint
CREATE POLICY event_school_write ON request_event FOR INSERT TO casework_app
  WITH CHECK (school_urn = app_school_urn() AND app_role() = 'senco'
    AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id));
--> statement-breakpoint
CREATE POLICY event_la ON request_event FOR ALL TO casework_app
  USING (la_id = app_la_id() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id))
  WITH CHECK (la_id = app_la_id() AND EXISTS (SELECT 1 FROM assessment_request r WHERE r.id = request_id));
--> statement-breakpoint

-- Reference numbers: the app role cannot read or write the counters, only take the next number
-- through this function, which runs as the owner (who alone has a policy on the table).
ALTER TABLE request_reference_counter ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE request_reference_counter FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY counter_owner ON request_reference_counter FOR ALL TO casework_owner USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE FUNCTION next_request_reference(p_la_id uuid, p_year integer) RETURNS integer
  LANGUAGE sql SECURITY DEFINER SET search_path = public AS
$$ INSERT INTO request_reference_counter AS c (la_id, year, last_number) VALUES (p_la_id, p_year, 1)
   ON CONFLICT (la_id, year) DO UPDATE SET last_number = c.last_number + 1
   RETURNING last_number $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION next_request_reference(uuid, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION next_request_reference(uuid, integer) TO casework_app;
