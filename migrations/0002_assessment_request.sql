CREATE TABLE "assessment_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"la_id" uuid NOT NULL,
	"is_la_chosen" boolean DEFAULT false NOT NULL,
	"school_urn" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"template_id" text NOT NULL,
	"template_version" integer NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"child_name" text,
	"child_date_of_birth" date,
	"child_upn" text,
	"reference" text,
	"received_on" date,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"submission_key" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"withdrawal_reason" text,
	"copied_from_id" uuid,
	"allocated_to" uuid,
	"status_changed_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"la_id" uuid NOT NULL,
	"school_urn" text NOT NULL,
	"storage_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"attachment_type" text NOT NULL,
	"document_date" date,
	"description" text,
	"scan_status" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "request_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"la_id" uuid NOT NULL,
	"school_urn" text NOT NULL,
	"kind" text NOT NULL,
	"is_visible_to_school" boolean DEFAULT true NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"actor_id" uuid,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_reference_counter" (
	"la_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "request_reference_counter_la_id_year_pk" PRIMARY KEY("la_id","year")
);
--> statement-breakpoint
CREATE TABLE "request_section" (
	"request_id" uuid NOT NULL,
	"section_id" text NOT NULL,
	"la_id" uuid NOT NULL,
	"school_urn" text NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"last_edited_by" uuid,
	"last_edited_at" timestamp with time zone,
	CONSTRAINT "request_section_request_id_section_id_pk" PRIMARY KEY("request_id","section_id")
);
--> statement-breakpoint
CREATE TABLE "request_section_assignment" (
	"request_id" uuid NOT NULL,
	"section_id" text NOT NULL,
	"school_urn" text NOT NULL,
	"assigned_to" uuid NOT NULL,
	"assigned_by" uuid NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "request_section_assignment_request_id_section_id_pk" PRIMARY KEY("request_id","section_id")
);
--> statement-breakpoint
CREATE TABLE "request_section_edit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"section_id" text NOT NULL,
	"la_id" uuid NOT NULL,
	"school_urn" text NOT NULL,
	"edited_by" uuid NOT NULL,
	"edited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_snapshot" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"la_id" uuid NOT NULL,
	"school_urn" text NOT NULL,
	"template_id" text NOT NULL,
	"template_version" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"attachments" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_request" ADD CONSTRAINT "assessment_request_la_id_local_authority_id_fk" FOREIGN KEY ("la_id") REFERENCES "public"."local_authority"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD CONSTRAINT "assessment_request_school_urn_school_urn_fk" FOREIGN KEY ("school_urn") REFERENCES "public"."school"("urn") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD CONSTRAINT "assessment_request_submitted_by_user_account_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD CONSTRAINT "assessment_request_withdrawn_by_user_account_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD CONSTRAINT "assessment_request_allocated_to_user_account_id_fk" FOREIGN KEY ("allocated_to") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_request" ADD CONSTRAINT "assessment_request_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_attachment" ADD CONSTRAINT "request_attachment_request_id_assessment_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."assessment_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_attachment" ADD CONSTRAINT "request_attachment_uploaded_by_user_account_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_event" ADD CONSTRAINT "request_event_request_id_assessment_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."assessment_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_event" ADD CONSTRAINT "request_event_actor_id_user_account_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_section" ADD CONSTRAINT "request_section_request_id_assessment_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."assessment_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_section" ADD CONSTRAINT "request_section_last_edited_by_user_account_id_fk" FOREIGN KEY ("last_edited_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_section_assignment" ADD CONSTRAINT "request_section_assignment_request_id_assessment_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."assessment_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_section_assignment" ADD CONSTRAINT "request_section_assignment_assigned_to_user_account_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_section_assignment" ADD CONSTRAINT "request_section_assignment_assigned_by_user_account_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_section_edit" ADD CONSTRAINT "request_section_edit_request_id_assessment_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."assessment_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_section_edit" ADD CONSTRAINT "request_section_edit_edited_by_user_account_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_snapshot" ADD CONSTRAINT "request_snapshot_request_id_assessment_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."assessment_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_request_la_idx" ON "assessment_request" USING btree ("la_id","status","received_on");--> statement-breakpoint
CREATE INDEX "assessment_request_school_idx" ON "assessment_request" USING btree ("school_urn","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_request_reference_key" ON "assessment_request" USING btree ("reference");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_request_submission_key" ON "assessment_request" USING btree ("submission_key");--> statement-breakpoint
CREATE INDEX "request_attachment_request_idx" ON "request_attachment" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "request_event_request_idx" ON "request_event" USING btree ("request_id","occurred_at");--> statement-breakpoint
CREATE INDEX "request_section_assignment_assignee_idx" ON "request_section_assignment" USING btree ("assigned_to");--> statement-breakpoint
CREATE INDEX "request_section_edit_request_idx" ON "request_section_edit" USING btree ("request_id","edited_at");