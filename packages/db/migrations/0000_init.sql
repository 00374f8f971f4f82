CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" integer,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"ags" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "coach_assignments" (
	"user_id" integer NOT NULL,
	"ags" text NOT NULL,
	CONSTRAINT "coach_assignments_user_id_ags_pk" PRIMARY KEY("user_id","ags")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"ags" text,
	"password_hash" text NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "job_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"job_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb NOT NULL,
	"status" text DEFAULT 'offen' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"run_after" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_token" text,
	"lease_until" timestamp with time zone,
	"done_by" text,
	"output" text,
	"last_error" text,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'wartend' NOT NULL,
	"params" jsonb NOT NULL,
	"created_by" integer,
	"ags" text,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"result_file" text,
	"result_name" text,
	"outcome" jsonb,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "funding_applications" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"ags" text NOT NULL,
	"funding_year" integer NOT NULL,
	"status" text DEFAULT 'entwurf' NOT NULL,
	"cost_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"financing" jsonb NOT NULL,
	"total_cost_cent" bigint DEFAULT 0 NOT NULL,
	"requested_cent" bigint DEFAULT 0 NOT NULL,
	"submitted_on" date,
	"consultation_id" integer,
	"review_started_on" date,
	"approved_cent" bigint,
	"decided_on" date,
	"conditions" text DEFAULT '' NOT NULL,
	"rejection_reason" text DEFAULT '' NOT NULL,
	"interim_report" text,
	"interim_report_on" date,
	"proof_report" text DEFAULT '' NOT NULL,
	"own_share_spent_cent" bigint DEFAULT 0 NOT NULL,
	"proof_submitted_on" date,
	"spent_cent" bigint,
	"repayment_cent" bigint,
	"repaid_on" date,
	"closed_on" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding_budgets" (
	"year" integer PRIMARY KEY NOT NULL,
	"budget_cent" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding_calls" (
	"id" serial PRIMARY KEY NOT NULL,
	"application_id" integer NOT NULL,
	"called_on" date NOT NULL,
	"amount_cent" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding_receipts" (
	"id" serial PRIMARY KEY NOT NULL,
	"application_id" integer NOT NULL,
	"paid_on" date NOT NULL,
	"payee" text NOT NULL,
	"purpose" text NOT NULL,
	"amount_cent" bigint NOT NULL,
	"document" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "boundaries" (
	"level" text NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"geometry" jsonb NOT NULL,
	CONSTRAINT "boundaries_level_key_pk" PRIMARY KEY("level","key")
);
--> statement-breakpoint
CREATE TABLE "districts" (
	"kreis_schluessel" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kreis_typ" text NOT NULL,
	"verwaltungssitz" text,
	"municipality_count" integer DEFAULT 0 NOT NULL,
	"area_km2" double precision,
	"population" integer,
	"population_male" integer,
	"population_female" integer,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"ags" text PRIMARY KEY NOT NULL,
	"ars" text,
	"name" text NOT NULL,
	"gemeindetyp" text NOT NULL,
	"kreis_schluessel" text NOT NULL,
	"gemeindeverband_schluessel" text,
	"gemeindeverband_name" text,
	"plz" text,
	"area_km2" double precision,
	"population" integer,
	"population_male" integer,
	"population_female" integer,
	"population_date" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"membership_status" text DEFAULT 'keine' NOT NULL,
	"membership_since" date,
	"membership_until" date,
	"is_model_municipality" boolean DEFAULT false NOT NULL,
	"agreement_date" date,
	"prevention_council_name" text,
	"prevention_council_founded_on" date,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_datasets" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"source_file" text NOT NULL,
	"rows" integer NOT NULL,
	"attribution" text NOT NULL,
	"url" text,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coaching_engagements" (
	"id" serial PRIMARY KEY NOT NULL,
	"ags" text NOT NULL,
	"coach_user_id" integer,
	"coach_name" text NOT NULL,
	"year" integer NOT NULL,
	"topic" text NOT NULL,
	"hours" double precision DEFAULT 0 NOT NULL,
	"milestones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" serial PRIMARY KEY NOT NULL,
	"ags" text NOT NULL,
	"held_on" date NOT NULL,
	"advisor" text NOT NULL,
	"topic" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"follow_ups" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cooperation_agreements" (
	"id" serial PRIMARY KEY NOT NULL,
	"ags" text NOT NULL,
	"signed_on" date NOT NULL,
	"parties" jsonb NOT NULL,
	"goals" text DEFAULT '' NOT NULL,
	"document" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"council_id" integer NOT NULL,
	"held_on" date NOT NULL,
	"agenda" text DEFAULT '' NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"decisions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tasks" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"council_id" integer NOT NULL,
	"name" text NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"role" text NOT NULL,
	"email" text,
	"phone" text
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "good_practices" (
	"id" serial PRIMARY KEY NOT NULL,
	"ags" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"topic" text NOT NULL,
	"target_group" text NOT NULL,
	"setting" text NOT NULL,
	"evidence_level" integer,
	"contact" text DEFAULT '' NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_documents" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category" text NOT NULL,
	"visibility" text DEFAULT 'members' NOT NULL,
	"file" jsonb NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"capacity" integer NOT NULL,
	"registration_until" date
);
--> statement-breakpoint
CREATE TABLE "prevention_councils" (
	"id" serial PRIMARY KEY NOT NULL,
	"ags" text NOT NULL,
	"name" text NOT NULL,
	"founded_on" date,
	"reactivated_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prevention_councils_ags_unique" UNIQUE("ags")
);
--> statement-breakpoint
CREATE TABLE "remark_routes" (
	"id" serial PRIMARY KEY NOT NULL,
	"ags" text NOT NULL,
	"category" text NOT NULL,
	"body" text NOT NULL,
	"email" text
);
--> statement-breakpoint
CREATE TABLE "remarks" (
	"id" serial PRIMARY KEY NOT NULL,
	"public_id" text NOT NULL,
	"token" text NOT NULL,
	"ags" text NOT NULL,
	"category" text NOT NULL,
	"description" text NOT NULL,
	"lat" double precision,
	"long" double precision,
	"address_string" text,
	"reporter_kind" text DEFAULT 'buerger' NOT NULL,
	"reporter_email" text,
	"reporter_first_name" text,
	"reporter_last_name" text,
	"reporter_phone" text,
	"agency_responsible" text NOT NULL,
	"status" text DEFAULT 'eingegangen' NOT NULL,
	"status_note" text,
	"media_url" text,
	"photo" jsonb,
	"published" boolean DEFAULT false NOT NULL,
	"media_approved" boolean DEFAULT false NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "remarks_public_id_unique" UNIQUE("public_id"),
	CONSTRAINT "remarks_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "pks_facts" (
	"ags" text NOT NULL,
	"key" text NOT NULL,
	"year" smallint NOT NULL,
	"area_kind" text NOT NULL,
	"cases" integer NOT NULL,
	"attempts" integer,
	"cleared" integer,
	"suspects" integer,
	"suspects_male" integer,
	"suspects_female" integer,
	"suspects_non_german" integer,
	"firearm_threatened" integer,
	"firearm_fired" integer,
	"hz_published" double precision,
	"source" text NOT NULL,
	"import_id" integer NOT NULL,
	CONSTRAINT "pks_facts_ags_key_year_pk" PRIMARY KEY("ags","key","year")
);
--> statement-breakpoint
CREATE TABLE "pks_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"format" text NOT NULL,
	"area_kind" text NOT NULL,
	"filename" text,
	"years" integer[] NOT NULL,
	"row_count" integer NOT NULL,
	"replaced_rows" integer DEFAULT 0 NOT NULL,
	"ags_list" text[] NOT NULL,
	"warning_count" integer DEFAULT 0 NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"user_id" integer,
	"imported_by" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"duration_ms" integer
);
--> statement-breakpoint
CREATE TABLE "pks_offence_keys" (
	"key" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"main_group" text NOT NULL,
	"main_group_label" text NOT NULL,
	"is_summary" boolean NOT NULL,
	"is_wildcard" boolean NOT NULL,
	"is_total" boolean NOT NULL,
	"first_year" smallint NOT NULL,
	"last_year" smallint NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pks_population" (
	"ags" text NOT NULL,
	"stichtag" date NOT NULL,
	"area_kind" text NOT NULL,
	"population" integer NOT NULL,
	"source" text NOT NULL,
	"derived" boolean DEFAULT false NOT NULL,
	"import_id" integer,
	CONSTRAINT "pks_population_ags_stichtag_pk" PRIMARY KEY("ags","stichtag")
);
--> statement-breakpoint
CREATE TABLE "prevention_projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"ags" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'planung' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"steps" jsonb NOT NULL,
	"target_groups" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"partners" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"materials" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"milestones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"coaching_id" integer,
	"evaluation" jsonb DEFAULT '{"waveBefore":null,"waveAfter":null,"items":[]}'::jsonb NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"window_start" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_drafts" (
	"id" serial PRIMARY KEY NOT NULL,
	"ags" text NOT NULL,
	"wave_id" integer,
	"edits" jsonb NOT NULL,
	"published_version_id" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"ags" text NOT NULL,
	"number" integer NOT NULL,
	"draft_id" integer,
	"wave_id" integer,
	"earlier_wave_id" integer,
	"pks_years" jsonb NOT NULL,
	"data_hash" text NOT NULL,
	"software_version" text NOT NULL,
	"report_date" date NOT NULL,
	"input" jsonb NOT NULL,
	"edits" jsonb NOT NULL,
	"published_by" integer,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_access_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"wave_id" integer NOT NULL,
	"district" text,
	"sample_run_id" integer,
	"used" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_code_counts" (
	"wave_id" integer NOT NULL,
	"district" text,
	"sample_run_id" integer,
	"issued" integer NOT NULL,
	"used" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_margins" (
	"wave_id" integer NOT NULL,
	"variable" text NOT NULL,
	"level" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "survey_margins_wave_id_variable_level_pk" PRIMARY KEY("wave_id","variable","level")
);
--> statement-breakpoint
CREATE TABLE "survey_partial_answers" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"wave_id" integer NOT NULL,
	"values" jsonb NOT NULL,
	"page" integer DEFAULT 0 NOT NULL,
	"saved_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_response_inbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wave_id" integer NOT NULL,
	"mode" text NOT NULL,
	"submitted_on" date NOT NULL,
	"questionnaire_version" text NOT NULL,
	"values" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wave_id" integer NOT NULL,
	"mode" text NOT NULL,
	"submitted_on" date NOT NULL,
	"questionnaire_version" text NOT NULL,
	"values" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_sample_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"wave_id" integer NOT NULL,
	"seed" integer NOT NULL,
	"register_rows" integer NOT NULL,
	"eligible_rows" integer NOT NULL,
	"sample_size" integer NOT NULL,
	"allocation" jsonb NOT NULL,
	"letters_file" text,
	"letters_deleted_at" timestamp with time zone,
	"voided_at" timestamp with time zone,
	"codes_voided" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_waves" (
	"id" serial PRIMARY KEY NOT NULL,
	"ags" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'entwurf' NOT NULL,
	"field_start" date,
	"field_end" date,
	"sample_size" integer,
	"config" jsonb NOT NULL,
	"questionnaire_version" text,
	"questionnaire" jsonb,
	"sender" jsonb,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"participant_id" integer NOT NULL,
	"module_id" integer NOT NULL,
	"recorded_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_cohorts" (
	"id" serial PRIMARY KEY NOT NULL,
	"course" text NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"place" text DEFAULT '' NOT NULL,
	"capacity" integer NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_modules" (
	"id" serial PRIMARY KEY NOT NULL,
	"cohort_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"held_on" date
);
--> statement-breakpoint
CREATE TABLE "training_participants" (
	"id" serial PRIMARY KEY NOT NULL,
	"cohort_id" integer NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"ags" text,
	"status" text NOT NULL,
	"access_token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "training_participants_access_token_hash_unique" UNIQUE("access_token_hash")
);
--> statement-breakpoint
ALTER TABLE "coach_assignments" ADD CONSTRAINT "coach_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_items" ADD CONSTRAINT "job_items_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_applications" ADD CONSTRAINT "funding_applications_project_id_prevention_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."prevention_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_applications" ADD CONSTRAINT "funding_applications_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_applications" ADD CONSTRAINT "funding_applications_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_calls" ADD CONSTRAINT "funding_calls_application_id_funding_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."funding_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_receipts" ADD CONSTRAINT "funding_receipts_application_id_funding_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."funding_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_kreis_schluessel_districts_kreis_schluessel_fk" FOREIGN KEY ("kreis_schluessel") REFERENCES "public"."districts"("kreis_schluessel") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD CONSTRAINT "coaching_engagements_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_engagements" ADD CONSTRAINT "coaching_engagements_coach_user_id_users_id_fk" FOREIGN KEY ("coach_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_agreements" ADD CONSTRAINT "cooperation_agreements_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_council_id_prevention_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."prevention_councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_council_id_prevention_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."prevention_councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_network_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."network_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practices" ADD CONSTRAINT "good_practices_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_councils" ADD CONSTRAINT "prevention_councils_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remark_routes" ADD CONSTRAINT "remark_routes_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remarks" ADD CONSTRAINT "remarks_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_projects" ADD CONSTRAINT "prevention_projects_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_projects" ADD CONSTRAINT "prevention_projects_coaching_id_coaching_engagements_id_fk" FOREIGN KEY ("coaching_id") REFERENCES "public"."coaching_engagements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_drafts" ADD CONSTRAINT "report_drafts_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_drafts" ADD CONSTRAINT "report_drafts_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_drafts" ADD CONSTRAINT "report_drafts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_draft_id_report_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."report_drafts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_access_codes" ADD CONSTRAINT "survey_access_codes_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_access_codes" ADD CONSTRAINT "survey_access_codes_sample_run_id_survey_sample_runs_id_fk" FOREIGN KEY ("sample_run_id") REFERENCES "public"."survey_sample_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_code_counts" ADD CONSTRAINT "survey_code_counts_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_margins" ADD CONSTRAINT "survey_margins_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_partial_answers" ADD CONSTRAINT "survey_partial_answers_code_hash_survey_access_codes_code_hash_fk" FOREIGN KEY ("code_hash") REFERENCES "public"."survey_access_codes"("code_hash") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_partial_answers" ADD CONSTRAINT "survey_partial_answers_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_response_inbox" ADD CONSTRAINT "survey_response_inbox_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_sample_runs" ADD CONSTRAINT "survey_sample_runs_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_participant_id_training_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."training_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_module_id_training_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_modules" ADD CONSTRAINT "training_modules_cohort_id_training_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."training_cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_cohort_id_training_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."training_cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_ags_municipalities_ags_fk" FOREIGN KEY ("ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "job_items_job_seq_idx" ON "job_items" USING btree ("job_id","seq");--> statement-breakpoint
CREATE INDEX "job_items_claim_idx" ON "job_items" USING btree ("run_after") WHERE status = 'offen';--> statement-breakpoint
CREATE INDEX "jobs_created_idx" ON "jobs" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "funding_applications_ags_idx" ON "funding_applications" USING btree ("ags","funding_year");--> statement-breakpoint
CREATE INDEX "funding_applications_year_idx" ON "funding_applications" USING btree ("funding_year","status");--> statement-breakpoint
CREATE INDEX "funding_calls_application_idx" ON "funding_calls" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "funding_receipts_application_idx" ON "funding_receipts" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "coaching_ags_idx" ON "coaching_engagements" USING btree ("ags","year");--> statement-breakpoint
CREATE INDEX "consultations_ags_idx" ON "consultations" USING btree ("ags","held_on");--> statement-breakpoint
CREATE INDEX "agreements_ags_idx" ON "cooperation_agreements" USING btree ("ags");--> statement-breakpoint
CREATE INDEX "council_meetings_council_idx" ON "council_meetings" USING btree ("council_id","held_on");--> statement-breakpoint
CREATE INDEX "council_members_council_idx" ON "council_members" USING btree ("council_id");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_key" ON "event_registrations" USING btree ("event_id","user_id");--> statement-breakpoint
CREATE INDEX "good_practices_shared_idx" ON "good_practices" USING btree ("shared");--> statement-breakpoint
CREATE UNIQUE INDEX "remark_routes_key" ON "remark_routes" USING btree ("ags","category");--> statement-breakpoint
CREATE INDEX "remarks_ags_idx" ON "remarks" USING btree ("ags","requested_at");--> statement-breakpoint
CREATE INDEX "remarks_status_idx" ON "remarks" USING btree ("status");--> statement-breakpoint
CREATE INDEX "pks_facts_kreis_key_year_idx" ON "pks_facts" USING btree ("key","year") WHERE "pks_facts"."area_kind" <> 'gemeinde';--> statement-breakpoint
CREATE INDEX "pks_facts_source_year_idx" ON "pks_facts" USING btree ("source","year");--> statement-breakpoint
CREATE INDEX "pks_imports_at_idx" ON "pks_imports" USING btree ("imported_at");--> statement-breakpoint
CREATE INDEX "prevention_projects_ags_idx" ON "prevention_projects" USING btree ("ags");--> statement-breakpoint
CREATE INDEX "report_drafts_ags_idx" ON "report_drafts" USING btree ("ags");--> statement-breakpoint
CREATE UNIQUE INDEX "report_versions_ags_number_idx" ON "report_versions" USING btree ("ags","number");--> statement-breakpoint
CREATE INDEX "survey_access_codes_wave_idx" ON "survey_access_codes" USING btree ("wave_id");--> statement-breakpoint
CREATE INDEX "survey_code_counts_wave_idx" ON "survey_code_counts" USING btree ("wave_id");--> statement-breakpoint
CREATE INDEX "survey_response_inbox_wave_idx" ON "survey_response_inbox" USING btree ("wave_id");--> statement-breakpoint
CREATE INDEX "survey_responses_wave_idx" ON "survey_responses" USING btree ("wave_id");--> statement-breakpoint
CREATE INDEX "survey_waves_ags_idx" ON "survey_waves" USING btree ("ags");--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendance_key" ON "training_attendance" USING btree ("participant_id","module_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_modules_key" ON "training_modules" USING btree ("cohort_id","position");--> statement-breakpoint
CREATE INDEX "training_participants_cohort_idx" ON "training_participants" USING btree ("cohort_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "training_participants_email_key" ON "training_participants" USING btree ("cohort_id","email");