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
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_access_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"wave_id" integer NOT NULL,
	"district" text,
	"used" boolean DEFAULT false NOT NULL
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
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coach_assignments" ADD CONSTRAINT "coach_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_kreis_schluessel_districts_kreis_schluessel_fk" FOREIGN KEY ("kreis_schluessel") REFERENCES "public"."districts"("kreis_schluessel") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_access_codes" ADD CONSTRAINT "survey_access_codes_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_margins" ADD CONSTRAINT "survey_margins_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_partial_answers" ADD CONSTRAINT "survey_partial_answers_code_hash_survey_access_codes_code_hash_fk" FOREIGN KEY ("code_hash") REFERENCES "public"."survey_access_codes"("code_hash") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_partial_answers" ADD CONSTRAINT "survey_partial_answers_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_sample_runs" ADD CONSTRAINT "survey_sample_runs_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "pks_facts_kreis_key_year_idx" ON "pks_facts" USING btree ("key","year") WHERE "pks_facts"."area_kind" <> 'gemeinde';--> statement-breakpoint
CREATE INDEX "pks_facts_source_year_idx" ON "pks_facts" USING btree ("source","year");--> statement-breakpoint
CREATE INDEX "pks_imports_at_idx" ON "pks_imports" USING btree ("imported_at");--> statement-breakpoint
CREATE INDEX "survey_access_codes_wave_idx" ON "survey_access_codes" USING btree ("wave_id");--> statement-breakpoint
CREATE INDEX "survey_responses_wave_idx" ON "survey_responses" USING btree ("wave_id");--> statement-breakpoint
CREATE INDEX "survey_waves_ags_idx" ON "survey_waves" USING btree ("ags");