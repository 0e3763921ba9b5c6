import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`departments_updated_by_idx\` ON \`departments\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_departments_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_updated_by_idx\` ON \`_departments_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`sections\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`sections_updated_by_idx\` ON \`sections\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_sections_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_version_updated_by_idx\` ON \`_sections_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`projects_updated_by_idx\` ON \`projects\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_updated_by_idx\` ON \`_projects_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`biobank_facts\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_updated_by_idx\` ON \`biobank_facts\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_biobank_facts_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_updated_by_idx\` ON \`_biobank_facts_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`screening_programmes\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_updated_by_idx\` ON \`screening_programmes\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_screening_programmes_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_version_updated_by_idx\` ON \`_screening_programmes_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`people_updated_by_idx\` ON \`people\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_people_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_updated_by_idx\` ON \`_people_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`key_figures\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`key_figures_updated_by_idx\` ON \`key_figures\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_key_figures_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version_updated_by_idx\` ON \`_key_figures_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`alt_nb\` text DEFAULT '' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`alt_en\` text DEFAULT '' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`role\` text DEFAULT 'contributor' NOT NULL;`)
  // Accounts from before roles existed could do everything (users included): they keep that as admins.
  await db.run(sql`UPDATE \`users\` SET \`role\` = 'admin';`)
  await db.run(sql`CREATE INDEX \`users_role_idx\` ON \`users\` (\`role\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_departments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`head_id\` integer,
  	\`order\` numeric DEFAULT 0,
  	\`last_updated\` text,
  	\`seed_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`head_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_departments\`("id", "kind", "head_id", "order", "last_updated", "seed_key", "updated_at", "created_at", "_status") SELECT "id", "kind", "head_id", "order", "last_updated", "seed_key", "updated_at", "created_at", "_status" FROM \`departments\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`ALTER TABLE \`__new_departments\` RENAME TO \`departments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`departments_head_idx\` ON \`departments\` (\`head_id\`);`)
  await db.run(sql`CREATE INDEX \`departments_last_updated_idx\` ON \`departments\` (\`last_updated\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_seed_key_idx\` ON \`departments\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`departments__status_idx\` ON \`departments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__departments_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text,
  	\`version_head_id\` integer,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_last_updated\` text,
  	\`version_seed_key\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_head_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__departments_v\`("id", "parent_id", "version_kind", "version_head_id", "version_order", "version_last_updated", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_kind", "version_head_id", "version_order", "version_last_updated", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_departments_v\`;`)
  await db.run(sql`DROP TABLE \`_departments_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__departments_v\` RENAME TO \`_departments_v\`;`)
  await db.run(sql`CREATE INDEX \`_departments_v_parent_idx\` ON \`_departments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_head_idx\` ON \`_departments_v\` (\`version_head_id\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_last_updated_idx\` ON \`_departments_v\` (\`version_last_updated\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_seed_key_idx\` ON \`_departments_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_updated_at_idx\` ON \`_departments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_created_at_idx\` ON \`_departments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version__status_idx\` ON \`_departments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_created_at_idx\` ON \`_departments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_updated_at_idx\` ON \`_departments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_snapshot_idx\` ON \`_departments_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_published_locale_idx\` ON \`_departments_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_latest_idx\` ON \`_departments_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_autosave_idx\` ON \`_departments_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_sections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`department_id\` integer,
  	\`staffing_senior_researchers\` numeric,
  	\`staffing_early_career_researchers\` numeric,
  	\`staffing_as_of_date\` text,
  	\`head_id\` integer,
  	\`order\` numeric DEFAULT 0,
  	\`last_updated\` text,
  	\`seed_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`head_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sections\`("id", "department_id", "staffing_senior_researchers", "staffing_early_career_researchers", "staffing_as_of_date", "head_id", "order", "last_updated", "seed_key", "updated_at", "created_at", "_status") SELECT "id", "department_id", "staffing_senior_researchers", "staffing_early_career_researchers", "staffing_as_of_date", "head_id", "order", "last_updated", "seed_key", "updated_at", "created_at", "_status" FROM \`sections\`;`)
  await db.run(sql`DROP TABLE \`sections\`;`)
  await db.run(sql`ALTER TABLE \`__new_sections\` RENAME TO \`sections\`;`)
  await db.run(sql`CREATE INDEX \`sections_department_idx\` ON \`sections\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`sections_head_idx\` ON \`sections\` (\`head_id\`);`)
  await db.run(sql`CREATE INDEX \`sections_last_updated_idx\` ON \`sections\` (\`last_updated\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sections_seed_key_idx\` ON \`sections\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`sections_updated_at_idx\` ON \`sections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sections_created_at_idx\` ON \`sections\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sections__status_idx\` ON \`sections\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__sections_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_department_id\` integer,
  	\`version_staffing_senior_researchers\` numeric,
  	\`version_staffing_early_career_researchers\` numeric,
  	\`version_staffing_as_of_date\` text,
  	\`version_head_id\` integer,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_last_updated\` text,
  	\`version_seed_key\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_head_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__sections_v\`("id", "parent_id", "version_department_id", "version_staffing_senior_researchers", "version_staffing_early_career_researchers", "version_staffing_as_of_date", "version_head_id", "version_order", "version_last_updated", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_department_id", "version_staffing_senior_researchers", "version_staffing_early_career_researchers", "version_staffing_as_of_date", "version_head_id", "version_order", "version_last_updated", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_sections_v\`;`)
  await db.run(sql`DROP TABLE \`_sections_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__sections_v\` RENAME TO \`_sections_v\`;`)
  await db.run(sql`CREATE INDEX \`_sections_v_parent_idx\` ON \`_sections_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_version_department_idx\` ON \`_sections_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_version_head_idx\` ON \`_sections_v\` (\`version_head_id\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_version_last_updated_idx\` ON \`_sections_v\` (\`version_last_updated\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_version_seed_key_idx\` ON \`_sections_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_version_updated_at_idx\` ON \`_sections_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_version_created_at_idx\` ON \`_sections_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_version__status_idx\` ON \`_sections_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_created_at_idx\` ON \`_sections_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_updated_at_idx\` ON \`_sections_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_snapshot_idx\` ON \`_sections_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_published_locale_idx\` ON \`_sections_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_latest_idx\` ON \`_sections_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_autosave_idx\` ON \`_sections_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_projects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`acronym\` text,
  	\`status\` text DEFAULT 'ongoing',
  	\`start_year\` numeric,
  	\`end_year\` numeric,
  	\`screening_programme_id\` integer,
  	\`project_manager_id\` integer,
  	\`last_updated\` text,
  	\`seed_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`screening_programme_id\`) REFERENCES \`screening_programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`project_manager_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_projects\`("id", "acronym", "status", "start_year", "end_year", "screening_programme_id", "project_manager_id", "last_updated", "seed_key", "updated_at", "created_at", "_status") SELECT "id", "acronym", "status", "start_year", "end_year", "screening_programme_id", "project_manager_id", "last_updated", "seed_key", "updated_at", "created_at", "_status" FROM \`projects\`;`)
  await db.run(sql`DROP TABLE \`projects\`;`)
  await db.run(sql`ALTER TABLE \`__new_projects\` RENAME TO \`projects\`;`)
  await db.run(sql`CREATE INDEX \`projects_status_idx\` ON \`projects\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`projects_start_year_idx\` ON \`projects\` (\`start_year\`);`)
  await db.run(sql`CREATE INDEX \`projects_screening_programme_idx\` ON \`projects\` (\`screening_programme_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_project_manager_idx\` ON \`projects\` (\`project_manager_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_last_updated_idx\` ON \`projects\` (\`last_updated\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`projects_seed_key_idx\` ON \`projects\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`projects_updated_at_idx\` ON \`projects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`projects_created_at_idx\` ON \`projects\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`projects__status_idx\` ON \`projects\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__projects_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_acronym\` text,
  	\`version_status\` text DEFAULT 'ongoing',
  	\`version_start_year\` numeric,
  	\`version_end_year\` numeric,
  	\`version_screening_programme_id\` integer,
  	\`version_project_manager_id\` integer,
  	\`version_last_updated\` text,
  	\`version_seed_key\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_screening_programme_id\`) REFERENCES \`screening_programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_project_manager_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__projects_v\`("id", "parent_id", "version_acronym", "version_status", "version_start_year", "version_end_year", "version_screening_programme_id", "version_project_manager_id", "version_last_updated", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_acronym", "version_status", "version_start_year", "version_end_year", "version_screening_programme_id", "version_project_manager_id", "version_last_updated", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_projects_v\`;`)
  await db.run(sql`DROP TABLE \`_projects_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__projects_v\` RENAME TO \`_projects_v\`;`)
  await db.run(sql`CREATE INDEX \`_projects_v_parent_idx\` ON \`_projects_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_status_idx\` ON \`_projects_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_start_year_idx\` ON \`_projects_v\` (\`version_start_year\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_screening_programme_idx\` ON \`_projects_v\` (\`version_screening_programme_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_project_manager_idx\` ON \`_projects_v\` (\`version_project_manager_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_last_updated_idx\` ON \`_projects_v\` (\`version_last_updated\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_seed_key_idx\` ON \`_projects_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_updated_at_idx\` ON \`_projects_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_created_at_idx\` ON \`_projects_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version__status_idx\` ON \`_projects_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_created_at_idx\` ON \`_projects_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_updated_at_idx\` ON \`_projects_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_snapshot_idx\` ON \`_projects_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_published_locale_idx\` ON \`_projects_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_latest_idx\` ON \`_projects_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_autosave_idx\` ON \`_projects_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_biobank_facts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`section_id\` integer,
  	\`value_number\` numeric,
  	\`series\` text,
  	\`as_of_date\` text,
  	\`source_title\` text,
  	\`source_url\` text,
  	\`order\` numeric DEFAULT 0,
  	\`last_updated\` text,
  	\`seed_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_biobank_facts\`("id", "section_id", "value_number", "series", "as_of_date", "source_title", "source_url", "order", "last_updated", "seed_key", "updated_at", "created_at", "_status") SELECT "id", "section_id", "value_number", "series", "as_of_date", "source_title", "source_url", "order", "last_updated", "seed_key", "updated_at", "created_at", "_status" FROM \`biobank_facts\`;`)
  await db.run(sql`DROP TABLE \`biobank_facts\`;`)
  await db.run(sql`ALTER TABLE \`__new_biobank_facts\` RENAME TO \`biobank_facts\`;`)
  await db.run(sql`CREATE INDEX \`biobank_facts_section_idx\` ON \`biobank_facts\` (\`section_id\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_series_idx\` ON \`biobank_facts\` (\`series\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_as_of_date_idx\` ON \`biobank_facts\` (\`as_of_date\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_last_updated_idx\` ON \`biobank_facts\` (\`last_updated\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`biobank_facts_seed_key_idx\` ON \`biobank_facts\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_updated_at_idx\` ON \`biobank_facts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_created_at_idx\` ON \`biobank_facts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts__status_idx\` ON \`biobank_facts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__biobank_facts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_section_id\` integer,
  	\`version_value_number\` numeric,
  	\`version_series\` text,
  	\`version_as_of_date\` text,
  	\`version_source_title\` text,
  	\`version_source_url\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_last_updated\` text,
  	\`version_seed_key\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`biobank_facts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__biobank_facts_v\`("id", "parent_id", "version_section_id", "version_value_number", "version_series", "version_as_of_date", "version_source_title", "version_source_url", "version_order", "version_last_updated", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_section_id", "version_value_number", "version_series", "version_as_of_date", "version_source_title", "version_source_url", "version_order", "version_last_updated", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_biobank_facts_v\`;`)
  await db.run(sql`DROP TABLE \`_biobank_facts_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__biobank_facts_v\` RENAME TO \`_biobank_facts_v\`;`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_parent_idx\` ON \`_biobank_facts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_section_idx\` ON \`_biobank_facts_v\` (\`version_section_id\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_series_idx\` ON \`_biobank_facts_v\` (\`version_series\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_as_of_date_idx\` ON \`_biobank_facts_v\` (\`version_as_of_date\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_last_updated_idx\` ON \`_biobank_facts_v\` (\`version_last_updated\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_seed_key_idx\` ON \`_biobank_facts_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_updated_at_idx\` ON \`_biobank_facts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_created_at_idx\` ON \`_biobank_facts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version__status_idx\` ON \`_biobank_facts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_created_at_idx\` ON \`_biobank_facts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_updated_at_idx\` ON \`_biobank_facts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_snapshot_idx\` ON \`_biobank_facts_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_published_locale_idx\` ON \`_biobank_facts_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_latest_idx\` ON \`_biobank_facts_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_autosave_idx\` ON \`_biobank_facts_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_screening_programmes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`department_id\` integer,
  	\`target_group_sex\` text DEFAULT 'all',
  	\`target_group_age_from\` numeric,
  	\`target_group_age_to\` numeric,
  	\`interval_years\` numeric,
  	\`start_year\` numeric,
  	\`nationwide_year\` numeric,
  	\`head_id\` integer,
  	\`last_updated\` text,
  	\`seed_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`head_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_screening_programmes\`("id", "department_id", "target_group_sex", "target_group_age_from", "target_group_age_to", "interval_years", "start_year", "nationwide_year", "head_id", "last_updated", "seed_key", "updated_at", "created_at", "_status") SELECT "id", "department_id", "target_group_sex", "target_group_age_from", "target_group_age_to", "interval_years", "start_year", "nationwide_year", "head_id", "last_updated", "seed_key", "updated_at", "created_at", "_status" FROM \`screening_programmes\`;`)
  await db.run(sql`DROP TABLE \`screening_programmes\`;`)
  await db.run(sql`ALTER TABLE \`__new_screening_programmes\` RENAME TO \`screening_programmes\`;`)
  await db.run(sql`CREATE INDEX \`screening_programmes_department_idx\` ON \`screening_programmes\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_head_idx\` ON \`screening_programmes\` (\`head_id\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_last_updated_idx\` ON \`screening_programmes\` (\`last_updated\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`screening_programmes_seed_key_idx\` ON \`screening_programmes\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_updated_at_idx\` ON \`screening_programmes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_created_at_idx\` ON \`screening_programmes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes__status_idx\` ON \`screening_programmes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__screening_programmes_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_department_id\` integer,
  	\`version_target_group_sex\` text DEFAULT 'all',
  	\`version_target_group_age_from\` numeric,
  	\`version_target_group_age_to\` numeric,
  	\`version_interval_years\` numeric,
  	\`version_start_year\` numeric,
  	\`version_nationwide_year\` numeric,
  	\`version_head_id\` integer,
  	\`version_last_updated\` text,
  	\`version_seed_key\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`screening_programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_head_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__screening_programmes_v\`("id", "parent_id", "version_department_id", "version_target_group_sex", "version_target_group_age_from", "version_target_group_age_to", "version_interval_years", "version_start_year", "version_nationwide_year", "version_head_id", "version_last_updated", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_department_id", "version_target_group_sex", "version_target_group_age_from", "version_target_group_age_to", "version_interval_years", "version_start_year", "version_nationwide_year", "version_head_id", "version_last_updated", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_screening_programmes_v\`;`)
  await db.run(sql`DROP TABLE \`_screening_programmes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__screening_programmes_v\` RENAME TO \`_screening_programmes_v\`;`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_parent_idx\` ON \`_screening_programmes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_version_department_idx\` ON \`_screening_programmes_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_version_head_idx\` ON \`_screening_programmes_v\` (\`version_head_id\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_version_last_updated_idx\` ON \`_screening_programmes_v\` (\`version_last_updated\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_version_seed_key_idx\` ON \`_screening_programmes_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_version_updated_at_idx\` ON \`_screening_programmes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_version_created_at_idx\` ON \`_screening_programmes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_version__status_idx\` ON \`_screening_programmes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_created_at_idx\` ON \`_screening_programmes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_updated_at_idx\` ON \`_screening_programmes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_snapshot_idx\` ON \`_screening_programmes_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_published_locale_idx\` ON \`_screening_programmes_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_latest_idx\` ON \`_screening_programmes_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_autosave_idx\` ON \`_screening_programmes_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_people\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`last_updated\` text,
  	\`seed_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_people\`("id", "name", "email", "phone", "last_updated", "seed_key", "updated_at", "created_at", "_status") SELECT "id", "name", "email", "phone", "last_updated", "seed_key", "updated_at", "created_at", "_status" FROM \`people\`;`)
  await db.run(sql`DROP TABLE \`people\`;`)
  await db.run(sql`ALTER TABLE \`__new_people\` RENAME TO \`people\`;`)
  await db.run(sql`CREATE INDEX \`people_last_updated_idx\` ON \`people\` (\`last_updated\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`people_seed_key_idx\` ON \`people\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`people_updated_at_idx\` ON \`people\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`people_created_at_idx\` ON \`people\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`people__status_idx\` ON \`people\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__people_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_email\` text,
  	\`version_phone\` text,
  	\`version_last_updated\` text,
  	\`version_seed_key\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__people_v\`("id", "parent_id", "version_name", "version_email", "version_phone", "version_last_updated", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_name", "version_email", "version_phone", "version_last_updated", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_people_v\`;`)
  await db.run(sql`DROP TABLE \`_people_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__people_v\` RENAME TO \`_people_v\`;`)
  await db.run(sql`CREATE INDEX \`_people_v_parent_idx\` ON \`_people_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_last_updated_idx\` ON \`_people_v\` (\`version_last_updated\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_seed_key_idx\` ON \`_people_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_updated_at_idx\` ON \`_people_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_created_at_idx\` ON \`_people_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version__status_idx\` ON \`_people_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_created_at_idx\` ON \`_people_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_updated_at_idx\` ON \`_people_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_snapshot_idx\` ON \`_people_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_published_locale_idx\` ON \`_people_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_latest_idx\` ON \`_people_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_autosave_idx\` ON \`_people_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_key_figures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`sex\` text DEFAULT 'all',
  	\`reference_year\` numeric,
  	\`period\` text,
  	\`series\` text,
  	\`source_title\` text,
  	\`source_url\` text,
  	\`last_updated\` text,
  	\`seed_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_key_figures\`("id", "value", "sex", "reference_year", "period", "series", "source_title", "source_url", "last_updated", "seed_key", "updated_at", "created_at", "_status") SELECT "id", "value", "sex", "reference_year", "period", "series", "source_title", "source_url", "last_updated", "seed_key", "updated_at", "created_at", "_status" FROM \`key_figures\`;`)
  await db.run(sql`DROP TABLE \`key_figures\`;`)
  await db.run(sql`ALTER TABLE \`__new_key_figures\` RENAME TO \`key_figures\`;`)
  await db.run(sql`CREATE INDEX \`key_figures_reference_year_idx\` ON \`key_figures\` (\`reference_year\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_series_idx\` ON \`key_figures\` (\`series\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_last_updated_idx\` ON \`key_figures\` (\`last_updated\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`key_figures_seed_key_idx\` ON \`key_figures\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_updated_at_idx\` ON \`key_figures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_created_at_idx\` ON \`key_figures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`key_figures__status_idx\` ON \`key_figures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__key_figures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_value\` numeric,
  	\`version_sex\` text DEFAULT 'all',
  	\`version_reference_year\` numeric,
  	\`version_period\` text,
  	\`version_series\` text,
  	\`version_source_title\` text,
  	\`version_source_url\` text,
  	\`version_last_updated\` text,
  	\`version_seed_key\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`key_figures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__key_figures_v\`("id", "parent_id", "version_value", "version_sex", "version_reference_year", "version_period", "version_series", "version_source_title", "version_source_url", "version_last_updated", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_value", "version_sex", "version_reference_year", "version_period", "version_series", "version_source_title", "version_source_url", "version_last_updated", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_key_figures_v\`;`)
  await db.run(sql`DROP TABLE \`_key_figures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__key_figures_v\` RENAME TO \`_key_figures_v\`;`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_parent_idx\` ON \`_key_figures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version_reference_year_idx\` ON \`_key_figures_v\` (\`version_reference_year\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version_series_idx\` ON \`_key_figures_v\` (\`version_series\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version_last_updated_idx\` ON \`_key_figures_v\` (\`version_last_updated\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version_seed_key_idx\` ON \`_key_figures_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version_updated_at_idx\` ON \`_key_figures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version_created_at_idx\` ON \`_key_figures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version__status_idx\` ON \`_key_figures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_created_at_idx\` ON \`_key_figures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_updated_at_idx\` ON \`_key_figures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_snapshot_idx\` ON \`_key_figures_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_published_locale_idx\` ON \`_key_figures_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_latest_idx\` ON \`_key_figures_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_autosave_idx\` ON \`_key_figures_v\` (\`autosave\`);`)
  await db.run(sql`DROP INDEX \`users_role_idx\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`role\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`alt_nb\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`alt_en\`;`)
}
