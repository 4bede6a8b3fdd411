CREATE TABLE "advice_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"la_id" uuid NOT NULL,
	"adviser_kind" text NOT NULL,
	"adviser_name" text NOT NULL,
	"adviser_organisation" text,
	"adviser_email" text,
	"requested_on" date NOT NULL,
	"due_on" date NOT NULL,
	"received_on" date,
	"last_chased_on" date,
	"chase_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "advice_upload_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"advice_request_id" uuid NOT NULL,
	"la_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"la_id" uuid NOT NULL,
	"advice_request_id" uuid,
	"kind" text NOT NULL,
	"storage_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"scan_status" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_via" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_note" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"la_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"contact_method" text,
	"contacted_on" date,
	"body" text NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"la_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"assigned_to" uuid,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "child" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"la_id" uuid NOT NULL,
	"legal_name" text NOT NULL,
	"date_of_birth" date NOT NULL,
	"upn" text,
	"postcode" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"run_after" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"done_at" timestamp with time zone,
	"last_error" text,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"la_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"request_id" uuid,
	"title" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "statutory_exception_record" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"la_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"applies_to" jsonb NOT NULL,
	"ref_ids" jsonb,
	"from_on" date NOT NULL,
	"to_on" date,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_request" ALTER COLUMN "school_urn" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "request_event" ALTER COLUMN "school_urn" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "request_snapshot" ALTER COLUMN "school_urn" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD COLUMN "source" text DEFAULT 'school_portal' NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD COLUMN "requester_kind" text DEFAULT 'school' NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD COLUMN "requester_name" text;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD COLUMN "allocated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD COLUMN "child_id" uuid;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD COLUMN "decision" text;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD COLUMN "decision_on" date;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD COLUMN "decision_reasons" text;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD COLUMN "not_issue_notice_on" date;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD COLUMN "draft_plan_served_on" date;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD COLUMN "final_plan_issued_on" date;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD COLUMN "next_due_on" date;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD COLUMN "next_due_key" text;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD COLUMN "has_exception" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "advice_request" ADD CONSTRAINT "advice_request_request_id_assessment_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."assessment_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_request" ADD CONSTRAINT "advice_request_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_upload_link" ADD CONSTRAINT "advice_upload_link_advice_request_id_advice_request_id_fk" FOREIGN KEY ("advice_request_id") REFERENCES "public"."advice_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "advice_upload_link" ADD CONSTRAINT "advice_upload_link_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_document" ADD CONSTRAINT "case_document_request_id_assessment_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."assessment_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_document" ADD CONSTRAINT "case_document_advice_request_id_advice_request_id_fk" FOREIGN KEY ("advice_request_id") REFERENCES "public"."advice_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_document" ADD CONSTRAINT "case_document_uploaded_by_user_account_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_request_id_assessment_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."assessment_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_author_id_user_account_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_task" ADD CONSTRAINT "case_task_request_id_assessment_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."assessment_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_task" ADD CONSTRAINT "case_task_assigned_to_user_account_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_task" ADD CONSTRAINT "case_task_completed_by_user_account_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_task" ADD CONSTRAINT "case_task_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_la_id_local_authority_id_fk" FOREIGN KEY ("la_id") REFERENCES "public"."local_authority"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_recipient_id_user_account_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_request_id_assessment_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."assessment_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statutory_exception_record" ADD CONSTRAINT "statutory_exception_record_request_id_assessment_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."assessment_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statutory_exception_record" ADD CONSTRAINT "statutory_exception_record_recorded_by_user_account_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advice_request_request_idx" ON "advice_request" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "advice_request_due_idx" ON "advice_request" USING btree ("la_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "advice_upload_link_token_key" ON "advice_upload_link" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "case_document_request_idx" ON "case_document" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "case_note_request_idx" ON "case_note" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "case_task_request_idx" ON "case_task" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "case_task_assignee_idx" ON "case_task" USING btree ("la_id","assigned_to","due_on");--> statement-breakpoint
CREATE INDEX "child_la_upn_idx" ON "child" USING btree ("la_id","upn");--> statement-breakpoint
CREATE INDEX "child_la_dob_idx" ON "child" USING btree ("la_id","date_of_birth");--> statement-breakpoint
CREATE INDEX "job_due_idx" ON "job" USING btree ("done_at","run_after");--> statement-breakpoint
CREATE UNIQUE INDEX "job_dedupe_key" ON "job" USING btree ("dedupe_key");--> statement-breakpoint
CREATE UNIQUE INDEX "notification_dedupe_key" ON "notification" USING btree ("recipient_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notification_recipient_idx" ON "notification" USING btree ("recipient_id","created_at");--> statement-breakpoint
CREATE INDEX "statutory_exception_request_idx" ON "statutory_exception_record" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "assessment_request_next_due_idx" ON "assessment_request" USING btree ("la_id","next_due_on");--> statement-breakpoint
CREATE INDEX "assessment_request_allocated_idx" ON "assessment_request" USING btree ("la_id","allocated_to");--> statement-breakpoint
CREATE INDEX "assessment_request_child_idx" ON "assessment_request" USING btree ("child_id");