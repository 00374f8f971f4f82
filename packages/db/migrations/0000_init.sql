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
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coach_assignments" ADD CONSTRAINT "coach_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_kreis_schluessel_districts_kreis_schluessel_fk" FOREIGN KEY ("kreis_schluessel") REFERENCES "public"."districts"("kreis_schluessel") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");