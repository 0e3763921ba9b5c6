import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`departments_research_themes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`departments_research_themes_order_idx\` ON \`departments_research_themes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`departments_research_themes_parent_id_idx\` ON \`departments_research_themes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`departments_research_themes_locales\` (
  	\`theme\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`departments_research_themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_research_themes_locales_locale_parent_id_unique\` ON \`departments_research_themes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`departments_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`departments_sources_order_idx\` ON \`departments_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`departments_sources_parent_id_idx\` ON \`departments_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`departments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`head_id\` text(36),
  	\`order\` numeric DEFAULT 0,
  	\`last_updated\` text,
  	\`seed_key\` text,
  	\`updated_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`head_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`departments_head_idx\` ON \`departments\` (\`head_id\`);`)
  await db.run(sql`CREATE INDEX \`departments_last_updated_idx\` ON \`departments\` (\`last_updated\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_seed_key_idx\` ON \`departments\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_by_idx\` ON \`departments\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`departments__status_idx\` ON \`departments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`departments_locales\` (
  	\`title\` text,
  	\`lead\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`departments_slug_idx\` ON \`departments_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_locales_locale_parent_id_unique\` ON \`departments_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`departments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`departments_rels_order_idx\` ON \`departments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`departments_rels_parent_idx\` ON \`departments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`departments_rels_path_idx\` ON \`departments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`departments_rels_people_id_idx\` ON \`departments_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE TABLE \`_departments_v_version_research_themes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_departments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_departments_v_version_research_themes_order_idx\` ON \`_departments_v_version_research_themes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_research_themes_parent_id_idx\` ON \`_departments_v_version_research_themes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_departments_v_version_research_themes_locales\` (
  	\`theme\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_departments_v_version_research_themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_departments_v_version_research_themes_locales_locale_parent\` ON \`_departments_v_version_research_themes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_departments_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_departments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_departments_v_version_sources_order_idx\` ON \`_departments_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_sources_parent_id_idx\` ON \`_departments_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_departments_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_kind\` text,
  	\`version_head_id\` text(36),
  	\`version_order\` numeric DEFAULT 0,
  	\`version_last_updated\` text,
  	\`version_seed_key\` text,
  	\`version_updated_by_id\` text(36),
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
  	FOREIGN KEY (\`version_head_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_departments_v_parent_idx\` ON \`_departments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_head_idx\` ON \`_departments_v\` (\`version_head_id\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_last_updated_idx\` ON \`_departments_v\` (\`version_last_updated\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_seed_key_idx\` ON \`_departments_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_updated_by_idx\` ON \`_departments_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_updated_at_idx\` ON \`_departments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_created_at_idx\` ON \`_departments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version__status_idx\` ON \`_departments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_created_at_idx\` ON \`_departments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_updated_at_idx\` ON \`_departments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_snapshot_idx\` ON \`_departments_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_published_locale_idx\` ON \`_departments_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_latest_idx\` ON \`_departments_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_autosave_idx\` ON \`_departments_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_departments_v_locales\` (
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_departments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_departments_v_version_version_slug_idx\` ON \`_departments_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_departments_v_locales_locale_parent_id_unique\` ON \`_departments_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_departments_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_departments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_departments_v_rels_order_idx\` ON \`_departments_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_rels_parent_idx\` ON \`_departments_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_rels_path_idx\` ON \`_departments_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_rels_people_id_idx\` ON \`_departments_v_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE TABLE \`sections_former_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sections_former_names_order_idx\` ON \`sections_former_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sections_former_names_parent_id_idx\` ON \`sections_former_names\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sections_former_names_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sections_former_names\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sections_former_names_locales_locale_parent_id_unique\` ON \`sections_former_names_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sections_research_areas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sections_research_areas_order_idx\` ON \`sections_research_areas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sections_research_areas_parent_id_idx\` ON \`sections_research_areas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sections_research_areas_locales\` (
  	\`area\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sections_research_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sections_research_areas_locales_locale_parent_id_unique\` ON \`sections_research_areas_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sections_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sections_sources_order_idx\` ON \`sections_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sections_sources_parent_id_idx\` ON \`sections_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sections\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`department_id\` text(36),
  	\`staffing_senior_researchers\` numeric,
  	\`staffing_early_career_researchers\` numeric,
  	\`staffing_as_of_date\` text,
  	\`head_id\` text(36),
  	\`order\` numeric DEFAULT 0,
  	\`last_updated\` text,
  	\`seed_key\` text,
  	\`updated_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`head_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sections_department_idx\` ON \`sections\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`sections_head_idx\` ON \`sections\` (\`head_id\`);`)
  await db.run(sql`CREATE INDEX \`sections_last_updated_idx\` ON \`sections\` (\`last_updated\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sections_seed_key_idx\` ON \`sections\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`sections_updated_by_idx\` ON \`sections\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`sections_updated_at_idx\` ON \`sections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sections_created_at_idx\` ON \`sections\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sections__status_idx\` ON \`sections\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`sections_locales\` (
  	\`title\` text,
  	\`lead\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sections_slug_idx\` ON \`sections_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sections_locales_locale_parent_id_unique\` ON \`sections_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sections_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sections_rels_order_idx\` ON \`sections_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sections_rels_parent_idx\` ON \`sections_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sections_rels_path_idx\` ON \`sections_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`sections_rels_people_id_idx\` ON \`sections_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE TABLE \`_sections_v_version_former_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sections_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sections_v_version_former_names_order_idx\` ON \`_sections_v_version_former_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_former_names_parent_id_idx\` ON \`_sections_v_version_former_names\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sections_v_version_former_names_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sections_v_version_former_names\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sections_v_version_former_names_locales_locale_parent_id_un\` ON \`_sections_v_version_former_names_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sections_v_version_research_areas\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sections_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sections_v_version_research_areas_order_idx\` ON \`_sections_v_version_research_areas\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_research_areas_parent_id_idx\` ON \`_sections_v_version_research_areas\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sections_v_version_research_areas_locales\` (
  	\`area\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sections_v_version_research_areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sections_v_version_research_areas_locales_locale_parent_id_\` ON \`_sections_v_version_research_areas_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sections_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sections_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sections_v_version_sources_order_idx\` ON \`_sections_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_sources_parent_id_idx\` ON \`_sections_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sections_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_department_id\` text(36),
  	\`version_staffing_senior_researchers\` numeric,
  	\`version_staffing_early_career_researchers\` numeric,
  	\`version_staffing_as_of_date\` text,
  	\`version_head_id\` text(36),
  	\`version_order\` numeric DEFAULT 0,
  	\`version_last_updated\` text,
  	\`version_seed_key\` text,
  	\`version_updated_by_id\` text(36),
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
  	FOREIGN KEY (\`version_head_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_sections_v_parent_idx\` ON \`_sections_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_version_department_idx\` ON \`_sections_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_version_head_idx\` ON \`_sections_v\` (\`version_head_id\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_version_last_updated_idx\` ON \`_sections_v\` (\`version_last_updated\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_version_seed_key_idx\` ON \`_sections_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_version_updated_by_idx\` ON \`_sections_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_version_updated_at_idx\` ON \`_sections_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_version_created_at_idx\` ON \`_sections_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_version__status_idx\` ON \`_sections_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_created_at_idx\` ON \`_sections_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_updated_at_idx\` ON \`_sections_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_snapshot_idx\` ON \`_sections_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_published_locale_idx\` ON \`_sections_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_latest_idx\` ON \`_sections_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_autosave_idx\` ON \`_sections_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_sections_v_locales\` (
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sections_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sections_v_version_version_slug_idx\` ON \`_sections_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_sections_v_locales_locale_parent_id_unique\` ON \`_sections_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sections_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_sections_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sections_v_rels_order_idx\` ON \`_sections_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_rels_parent_idx\` ON \`_sections_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_rels_path_idx\` ON \`_sections_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_rels_people_id_idx\` ON \`_sections_v_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`country\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_partners_order_idx\` ON \`projects_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`projects_partners_parent_id_idx\` ON \`projects_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_partners_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects_partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`projects_partners_locales_locale_parent_id_unique\` ON \`projects_partners_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_funding\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`funder\` text,
  	\`amount\` numeric,
  	\`currency\` text DEFAULT 'NOK',
  	\`year\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_funding_order_idx\` ON \`projects_funding\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`projects_funding_parent_id_idx\` ON \`projects_funding\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_funding_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects_funding\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`projects_funding_locales_locale_parent_id_unique\` ON \`projects_funding_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_registrations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`identifier\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_registrations_order_idx\` ON \`projects_registrations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`projects_registrations_parent_id_idx\` ON \`projects_registrations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_links_order_idx\` ON \`projects_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`projects_links_parent_id_idx\` ON \`projects_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_links_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`projects_links_locales_locale_parent_id_unique\` ON \`projects_links_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_sources_order_idx\` ON \`projects_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`projects_sources_parent_id_idx\` ON \`projects_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`acronym\` text,
  	\`status\` text DEFAULT 'ongoing',
  	\`start_year\` numeric,
  	\`end_year\` numeric,
  	\`screening_programme_id\` text(36),
  	\`project_manager_id\` text(36),
  	\`last_updated\` text,
  	\`seed_key\` text,
  	\`updated_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`screening_programme_id\`) REFERENCES \`screening_programmes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`project_manager_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_status_idx\` ON \`projects\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`projects_start_year_idx\` ON \`projects\` (\`start_year\`);`)
  await db.run(sql`CREATE INDEX \`projects_screening_programme_idx\` ON \`projects\` (\`screening_programme_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_project_manager_idx\` ON \`projects\` (\`project_manager_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_last_updated_idx\` ON \`projects\` (\`last_updated\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`projects_seed_key_idx\` ON \`projects\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`projects_updated_by_idx\` ON \`projects\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_updated_at_idx\` ON \`projects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`projects_created_at_idx\` ON \`projects\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`projects__status_idx\` ON \`projects\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`projects_locales\` (
  	\`title\` text,
  	\`lead\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_slug_idx\` ON \`projects_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`projects_locales_locale_parent_id_unique\` ON \`projects_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`sections_id\` text(36),
  	\`people_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_rels_order_idx\` ON \`projects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_parent_idx\` ON \`projects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_path_idx\` ON \`projects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_sections_id_idx\` ON \`projects_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_rels_people_id_idx\` ON \`projects_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_version_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`country\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_version_partners_order_idx\` ON \`_projects_v_version_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_partners_parent_id_idx\` ON \`_projects_v_version_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_version_partners_locales\` (
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_projects_v_version_partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_projects_v_version_partners_locales_locale_parent_id_unique\` ON \`_projects_v_version_partners_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_version_funding\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`funder\` text,
  	\`amount\` numeric,
  	\`currency\` text DEFAULT 'NOK',
  	\`year\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_version_funding_order_idx\` ON \`_projects_v_version_funding\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_funding_parent_id_idx\` ON \`_projects_v_version_funding\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_version_funding_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_projects_v_version_funding\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_projects_v_version_funding_locales_locale_parent_id_unique\` ON \`_projects_v_version_funding_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_version_registrations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`identifier\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_version_registrations_order_idx\` ON \`_projects_v_version_registrations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_registrations_parent_id_idx\` ON \`_projects_v_version_registrations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_version_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_version_links_order_idx\` ON \`_projects_v_version_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_links_parent_id_idx\` ON \`_projects_v_version_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_version_links_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_projects_v_version_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_projects_v_version_links_locales_locale_parent_id_unique\` ON \`_projects_v_version_links_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_version_sources_order_idx\` ON \`_projects_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_sources_parent_id_idx\` ON \`_projects_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_acronym\` text,
  	\`version_status\` text DEFAULT 'ongoing',
  	\`version_start_year\` numeric,
  	\`version_end_year\` numeric,
  	\`version_screening_programme_id\` text(36),
  	\`version_project_manager_id\` text(36),
  	\`version_last_updated\` text,
  	\`version_seed_key\` text,
  	\`version_updated_by_id\` text(36),
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
  	FOREIGN KEY (\`version_project_manager_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_parent_idx\` ON \`_projects_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_status_idx\` ON \`_projects_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_start_year_idx\` ON \`_projects_v\` (\`version_start_year\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_screening_programme_idx\` ON \`_projects_v\` (\`version_screening_programme_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_project_manager_idx\` ON \`_projects_v\` (\`version_project_manager_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_last_updated_idx\` ON \`_projects_v\` (\`version_last_updated\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_seed_key_idx\` ON \`_projects_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_updated_by_idx\` ON \`_projects_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_updated_at_idx\` ON \`_projects_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_created_at_idx\` ON \`_projects_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version__status_idx\` ON \`_projects_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_created_at_idx\` ON \`_projects_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_updated_at_idx\` ON \`_projects_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_snapshot_idx\` ON \`_projects_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_published_locale_idx\` ON \`_projects_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_latest_idx\` ON \`_projects_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_autosave_idx\` ON \`_projects_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_locales\` (
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_slug_idx\` ON \`_projects_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_projects_v_locales_locale_parent_id_unique\` ON \`_projects_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`sections_id\` text(36),
  	\`people_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_rels_order_idx\` ON \`_projects_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_rels_parent_idx\` ON \`_projects_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_rels_path_idx\` ON \`_projects_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_rels_sections_id_idx\` ON \`_projects_v_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_rels_people_id_idx\` ON \`_projects_v_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE TABLE \`biobank_facts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`section_id\` text(36),
  	\`value_number\` numeric,
  	\`series\` text,
  	\`as_of_date\` text,
  	\`source_title\` text,
  	\`source_url\` text,
  	\`order\` numeric DEFAULT 0,
  	\`last_updated\` text,
  	\`seed_key\` text,
  	\`updated_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`biobank_facts_section_idx\` ON \`biobank_facts\` (\`section_id\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_series_idx\` ON \`biobank_facts\` (\`series\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_as_of_date_idx\` ON \`biobank_facts\` (\`as_of_date\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_last_updated_idx\` ON \`biobank_facts\` (\`last_updated\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`biobank_facts_seed_key_idx\` ON \`biobank_facts\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_updated_by_idx\` ON \`biobank_facts\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_updated_at_idx\` ON \`biobank_facts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_created_at_idx\` ON \`biobank_facts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts__status_idx\` ON \`biobank_facts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`biobank_facts_locales\` (
  	\`title\` text,
  	\`lead\` text,
  	\`unit\` text,
  	\`value_text\` text,
  	\`note\` text,
  	\`slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`biobank_facts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`biobank_facts_slug_idx\` ON \`biobank_facts_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`biobank_facts_locales_locale_parent_id_unique\` ON \`biobank_facts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_biobank_facts_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_section_id\` text(36),
  	\`version_value_number\` numeric,
  	\`version_series\` text,
  	\`version_as_of_date\` text,
  	\`version_source_title\` text,
  	\`version_source_url\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_last_updated\` text,
  	\`version_seed_key\` text,
  	\`version_updated_by_id\` text(36),
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
  	FOREIGN KEY (\`version_section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_parent_idx\` ON \`_biobank_facts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_section_idx\` ON \`_biobank_facts_v\` (\`version_section_id\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_series_idx\` ON \`_biobank_facts_v\` (\`version_series\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_as_of_date_idx\` ON \`_biobank_facts_v\` (\`version_as_of_date\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_last_updated_idx\` ON \`_biobank_facts_v\` (\`version_last_updated\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_seed_key_idx\` ON \`_biobank_facts_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_updated_by_idx\` ON \`_biobank_facts_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_updated_at_idx\` ON \`_biobank_facts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_created_at_idx\` ON \`_biobank_facts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version__status_idx\` ON \`_biobank_facts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_created_at_idx\` ON \`_biobank_facts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_updated_at_idx\` ON \`_biobank_facts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_snapshot_idx\` ON \`_biobank_facts_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_published_locale_idx\` ON \`_biobank_facts_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_latest_idx\` ON \`_biobank_facts_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_autosave_idx\` ON \`_biobank_facts_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_biobank_facts_v_locales\` (
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_unit\` text,
  	\`version_value_text\` text,
  	\`version_note\` text,
  	\`version_slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_biobank_facts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_slug_idx\` ON \`_biobank_facts_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_biobank_facts_v_locales_locale_parent_id_unique\` ON \`_biobank_facts_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`screening_programmes_former_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screening_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`screening_programmes_former_names_order_idx\` ON \`screening_programmes_former_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_former_names_parent_id_idx\` ON \`screening_programmes_former_names\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`screening_programmes_former_names_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screening_programmes_former_names\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`screening_programmes_former_names_locales_locale_parent_id_u\` ON \`screening_programmes_former_names_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`screening_programmes_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screening_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`screening_programmes_sources_order_idx\` ON \`screening_programmes_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_sources_parent_id_idx\` ON \`screening_programmes_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`screening_programmes\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`department_id\` text(36),
  	\`target_group_sex\` text DEFAULT 'all',
  	\`target_group_age_from\` numeric,
  	\`target_group_age_to\` numeric,
  	\`interval_years\` numeric,
  	\`start_year\` numeric,
  	\`nationwide_year\` numeric,
  	\`head_id\` text(36),
  	\`last_updated\` text,
  	\`seed_key\` text,
  	\`updated_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`head_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`screening_programmes_department_idx\` ON \`screening_programmes\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_head_idx\` ON \`screening_programmes\` (\`head_id\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_last_updated_idx\` ON \`screening_programmes\` (\`last_updated\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`screening_programmes_seed_key_idx\` ON \`screening_programmes\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_updated_by_idx\` ON \`screening_programmes\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_updated_at_idx\` ON \`screening_programmes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_created_at_idx\` ON \`screening_programmes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes__status_idx\` ON \`screening_programmes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`screening_programmes_locales\` (
  	\`title\` text,
  	\`lead\` text,
  	\`body\` text,
  	\`target_group_description\` text,
  	\`test\` text,
  	\`interval_note\` text,
  	\`slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screening_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`screening_programmes_slug_idx\` ON \`screening_programmes_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`screening_programmes_locales_locale_parent_id_unique\` ON \`screening_programmes_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`screening_programmes_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`screening_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`screening_programmes_rels_order_idx\` ON \`screening_programmes_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_rels_parent_idx\` ON \`screening_programmes_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_rels_path_idx\` ON \`screening_programmes_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_rels_people_id_idx\` ON \`screening_programmes_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE TABLE \`_screening_programmes_v_version_former_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_screening_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_former_names_order_idx\` ON \`_screening_programmes_v_version_former_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_former_names_parent_id_idx\` ON \`_screening_programmes_v_version_former_names\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_screening_programmes_v_version_former_names_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_screening_programmes_v_version_former_names\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_screening_programmes_v_version_former_names_locales_locale_\` ON \`_screening_programmes_v_version_former_names_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_screening_programmes_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_screening_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_sources_order_idx\` ON \`_screening_programmes_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_sources_parent_id_idx\` ON \`_screening_programmes_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_screening_programmes_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_department_id\` text(36),
  	\`version_target_group_sex\` text DEFAULT 'all',
  	\`version_target_group_age_from\` numeric,
  	\`version_target_group_age_to\` numeric,
  	\`version_interval_years\` numeric,
  	\`version_start_year\` numeric,
  	\`version_nationwide_year\` numeric,
  	\`version_head_id\` text(36),
  	\`version_last_updated\` text,
  	\`version_seed_key\` text,
  	\`version_updated_by_id\` text(36),
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
  	FOREIGN KEY (\`version_head_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_parent_idx\` ON \`_screening_programmes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_version_department_idx\` ON \`_screening_programmes_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_version_head_idx\` ON \`_screening_programmes_v\` (\`version_head_id\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_version_last_updated_idx\` ON \`_screening_programmes_v\` (\`version_last_updated\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_version_seed_key_idx\` ON \`_screening_programmes_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_version_updated_by_idx\` ON \`_screening_programmes_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_version_updated_at_idx\` ON \`_screening_programmes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_version_created_at_idx\` ON \`_screening_programmes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_version__status_idx\` ON \`_screening_programmes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_created_at_idx\` ON \`_screening_programmes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_updated_at_idx\` ON \`_screening_programmes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_snapshot_idx\` ON \`_screening_programmes_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_published_locale_idx\` ON \`_screening_programmes_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_latest_idx\` ON \`_screening_programmes_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_autosave_idx\` ON \`_screening_programmes_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_screening_programmes_v_locales\` (
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_body\` text,
  	\`version_target_group_description\` text,
  	\`version_test\` text,
  	\`version_interval_note\` text,
  	\`version_slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_screening_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_version_slug_idx\` ON \`_screening_programmes_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_screening_programmes_v_locales_locale_parent_id_unique\` ON \`_screening_programmes_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_screening_programmes_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`people_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_screening_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_rels_order_idx\` ON \`_screening_programmes_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_rels_parent_idx\` ON \`_screening_programmes_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_rels_path_idx\` ON \`_screening_programmes_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_rels_people_id_idx\` ON \`_screening_programmes_v_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE TABLE \`people\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`email\` text,
  	\`phone\` text,
  	\`last_updated\` text,
  	\`seed_key\` text,
  	\`updated_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`people_last_updated_idx\` ON \`people\` (\`last_updated\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`people_seed_key_idx\` ON \`people\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`people_updated_by_idx\` ON \`people\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`people_updated_at_idx\` ON \`people\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`people_created_at_idx\` ON \`people\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`people__status_idx\` ON \`people\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`people_locales\` (
  	\`title\` text,
  	\`lead\` text,
  	\`slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_slug_idx\` ON \`people_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`people_locales_locale_parent_id_unique\` ON \`people_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`people_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`sections_id\` text(36),
  	\`departments_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_rels_order_idx\` ON \`people_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`people_rels_parent_idx\` ON \`people_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_rels_path_idx\` ON \`people_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`people_rels_sections_id_idx\` ON \`people_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`people_rels_departments_id_idx\` ON \`people_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_name\` text,
  	\`version_email\` text,
  	\`version_phone\` text,
  	\`version_last_updated\` text,
  	\`version_seed_key\` text,
  	\`version_updated_by_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_parent_idx\` ON \`_people_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_last_updated_idx\` ON \`_people_v\` (\`version_last_updated\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_seed_key_idx\` ON \`_people_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_updated_by_idx\` ON \`_people_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_updated_at_idx\` ON \`_people_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_created_at_idx\` ON \`_people_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_version__status_idx\` ON \`_people_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_created_at_idx\` ON \`_people_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_updated_at_idx\` ON \`_people_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_snapshot_idx\` ON \`_people_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_published_locale_idx\` ON \`_people_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_latest_idx\` ON \`_people_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_autosave_idx\` ON \`_people_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_locales\` (
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_version_version_slug_idx\` ON \`_people_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_people_v_locales_locale_parent_id_unique\` ON \`_people_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`sections_id\` text(36),
  	\`departments_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_rels_order_idx\` ON \`_people_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_rels_parent_idx\` ON \`_people_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_rels_path_idx\` ON \`_people_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_rels_sections_id_idx\` ON \`_people_v_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_rels_departments_id_idx\` ON \`_people_v_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE TABLE \`key_figures\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`value\` numeric,
  	\`sex\` text DEFAULT 'all',
  	\`reference_year\` numeric,
  	\`period\` text,
  	\`series\` text,
  	\`source_title\` text,
  	\`source_url\` text,
  	\`last_updated\` text,
  	\`seed_key\` text,
  	\`updated_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`key_figures_reference_year_idx\` ON \`key_figures\` (\`reference_year\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_series_idx\` ON \`key_figures\` (\`series\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_last_updated_idx\` ON \`key_figures\` (\`last_updated\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`key_figures_seed_key_idx\` ON \`key_figures\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_updated_by_idx\` ON \`key_figures\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_updated_at_idx\` ON \`key_figures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_created_at_idx\` ON \`key_figures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`key_figures__status_idx\` ON \`key_figures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`key_figures_locales\` (
  	\`title\` text,
  	\`lead\` text,
  	\`unit\` text,
  	\`slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`key_figures_slug_idx\` ON \`key_figures_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`key_figures_locales_locale_parent_id_unique\` ON \`key_figures_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_key_figures_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_value\` numeric,
  	\`version_sex\` text DEFAULT 'all',
  	\`version_reference_year\` numeric,
  	\`version_period\` text,
  	\`version_series\` text,
  	\`version_source_title\` text,
  	\`version_source_url\` text,
  	\`version_last_updated\` text,
  	\`version_seed_key\` text,
  	\`version_updated_by_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`key_figures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_key_figures_v_parent_idx\` ON \`_key_figures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version_reference_year_idx\` ON \`_key_figures_v\` (\`version_reference_year\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version_series_idx\` ON \`_key_figures_v\` (\`version_series\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version_last_updated_idx\` ON \`_key_figures_v\` (\`version_last_updated\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version_seed_key_idx\` ON \`_key_figures_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version_updated_by_idx\` ON \`_key_figures_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version_updated_at_idx\` ON \`_key_figures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version_created_at_idx\` ON \`_key_figures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version__status_idx\` ON \`_key_figures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_created_at_idx\` ON \`_key_figures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_updated_at_idx\` ON \`_key_figures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_snapshot_idx\` ON \`_key_figures_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_published_locale_idx\` ON \`_key_figures_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_latest_idx\` ON \`_key_figures_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_autosave_idx\` ON \`_key_figures_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_key_figures_v_locales\` (
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_unit\` text,
  	\`version_slug\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_key_figures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version_slug_idx\` ON \`_key_figures_v_locales\` (\`version_slug\`,\`_locale\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`_key_figures_v_locales_locale_parent_id_unique\` ON \`_key_figures_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`alt_nb\` text NOT NULL,
  	\`alt_en\` text NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_wide_url\` text,
  	\`sizes_wide_width\` numeric,
  	\`sizes_wide_height\` numeric,
  	\`sizes_wide_mime_type\` text,
  	\`sizes_wide_filesize\` numeric,
  	\`sizes_wide_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wide_sizes_wide_filename_idx\` ON \`media\` (\`sizes_wide_filename\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'contributor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_role_idx\` ON \`users\` (\`role\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`api_keys\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`contact\` text,
  	\`read_drafts\` integer DEFAULT false,
  	\`expires_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`api_keys_updated_at_idx\` ON \`api_keys\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`api_keys_created_at_idx\` ON \`api_keys\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`content_changes\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`document_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`slug_nb\` text,
  	\`slug_en\` text,
  	\`occurred_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`content_changes_document_collection_idx\` ON \`content_changes\` (\`document_collection\`);`)
  await db.run(sql`CREATE INDEX \`content_changes_document_id_idx\` ON \`content_changes\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`content_changes_occurred_at_idx\` ON \`content_changes\` (\`occurred_at\`);`)
  await db.run(sql`CREATE INDEX \`content_changes_updated_at_idx\` ON \`content_changes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`content_changes_created_at_idx\` ON \`content_changes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`documentCollection_documentId_occurredAt_idx\` ON \`content_changes\` (\`document_collection\`,\`document_id\`,\`occurred_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_subscriptions_events\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhook_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_events_order_idx\` ON \`webhook_subscriptions_events\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_events_parent_idx\` ON \`webhook_subscriptions_events\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhook_subscriptions_collections\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`webhook_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_collections_order_idx\` ON \`webhook_subscriptions_collections\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_collections_parent_idx\` ON \`webhook_subscriptions_collections\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhook_subscriptions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`secret\` text,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_updated_at_idx\` ON \`webhook_subscriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_subscriptions_created_at_idx\` ON \`webhook_subscriptions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries_attempt_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`outcome\` text NOT NULL,
  	\`status_code\` numeric,
  	\`duration_ms\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_attempt_log_order_idx\` ON \`webhook_deliveries_attempt_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_attempt_log_parent_id_idx\` ON \`webhook_deliveries_attempt_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`webhook_deliveries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`subscription_id\` text(36) NOT NULL,
  	\`event_id\` text NOT NULL,
  	\`event\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`last_status_code\` numeric,
  	\`last_error\` text,
  	\`delivered_at\` text,
  	\`body\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`subscription_id\`) REFERENCES \`webhook_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_subscription_idx\` ON \`webhook_deliveries\` (\`subscription_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_event_id_idx\` ON \`webhook_deliveries\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_status_idx\` ON \`webhook_deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_updated_at_idx\` ON \`webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`webhook_deliveries_created_at_idx\` ON \`webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
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
  	\`id\` text(36) PRIMARY KEY NOT NULL,
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
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` text(36),
  	\`sections_id\` text(36),
  	\`projects_id\` text(36),
  	\`biobank_facts_id\` text(36),
  	\`screening_programmes_id\` text(36),
  	\`people_id\` text(36),
  	\`key_figures_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	\`api_keys_id\` text(36),
  	\`content_changes_id\` text(36),
  	\`webhook_subscriptions_id\` text(36),
  	\`webhook_deliveries_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`biobank_facts_id\`) REFERENCES \`biobank_facts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`screening_programmes_id\`) REFERENCES \`screening_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`key_figures_id\`) REFERENCES \`key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_keys_id\`) REFERENCES \`api_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`content_changes_id\`) REFERENCES \`content_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_subscriptions_id\`) REFERENCES \`webhook_subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sections_id_idx\` ON \`payload_locked_documents_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_biobank_facts_id_idx\` ON \`payload_locked_documents_rels\` (\`biobank_facts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_screening_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`screening_programmes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_key_figures_id_idx\` ON \`payload_locked_documents_rels\` (\`key_figures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`api_keys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_content_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`content_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	\`api_keys_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_keys_id\`) REFERENCES \`api_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_api_keys_id_idx\` ON \`payload_preferences_rels\` (\`api_keys_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`research_overview_goals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`research_overview\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`research_overview_goals_order_idx\` ON \`research_overview_goals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`research_overview_goals_parent_id_idx\` ON \`research_overview_goals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`research_overview_goals_locales\` (
  	\`goal\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`research_overview_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`research_overview_goals_locales_locale_parent_id_unique\` ON \`research_overview_goals_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`research_overview\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`last_updated\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`research_overview_last_updated_idx\` ON \`research_overview\` (\`last_updated\`);`)
  await db.run(sql`CREATE INDEX \`research_overview__status_idx\` ON \`research_overview\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`research_overview_locales\` (
  	\`title\` text,
  	\`lead\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`research_overview\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`research_overview_locales_locale_parent_id_unique\` ON \`research_overview_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_research_overview_v_version_goals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_research_overview_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_research_overview_v_version_goals_order_idx\` ON \`_research_overview_v_version_goals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_research_overview_v_version_goals_parent_id_idx\` ON \`_research_overview_v_version_goals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_research_overview_v_version_goals_locales\` (
  	\`goal\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_research_overview_v_version_goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_research_overview_v_version_goals_locales_locale_parent_id_\` ON \`_research_overview_v_version_goals_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_research_overview_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`version_last_updated\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_research_overview_v_version_version_last_updated_idx\` ON \`_research_overview_v\` (\`version_last_updated\`);`)
  await db.run(sql`CREATE INDEX \`_research_overview_v_version_version__status_idx\` ON \`_research_overview_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_research_overview_v_created_at_idx\` ON \`_research_overview_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_research_overview_v_updated_at_idx\` ON \`_research_overview_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_research_overview_v_snapshot_idx\` ON \`_research_overview_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_research_overview_v_published_locale_idx\` ON \`_research_overview_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_research_overview_v_latest_idx\` ON \`_research_overview_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_research_overview_v_locales\` (
  	\`version_title\` text,
  	\`version_lead\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_research_overview_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_research_overview_v_locales_locale_parent_id_unique\` ON \`_research_overview_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`navigation_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`page\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`navigation_items_order_idx\` ON \`navigation_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`navigation_items_parent_id_idx\` ON \`navigation_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`navigation_items_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`navigation_items_locales_locale_parent_id_unique\` ON \`navigation_items_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`navigation\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`navigation_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` text(36),
  	\`sections_id\` text(36),
  	\`projects_id\` text(36),
  	\`screening_programmes_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`screening_programmes_id\`) REFERENCES \`screening_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`navigation_rels_order_idx\` ON \`navigation_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_parent_idx\` ON \`navigation_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_path_idx\` ON \`navigation_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_departments_id_idx\` ON \`navigation_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_sections_id_idx\` ON \`navigation_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_projects_id_idx\` ON \`navigation_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_rels_screening_programmes_id_idx\` ON \`navigation_rels\` (\`screening_programmes_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`departments_research_themes\`;`)
  await db.run(sql`DROP TABLE \`departments_research_themes_locales\`;`)
  await db.run(sql`DROP TABLE \`departments_sources\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`DROP TABLE \`departments_locales\`;`)
  await db.run(sql`DROP TABLE \`departments_rels\`;`)
  await db.run(sql`DROP TABLE \`_departments_v_version_research_themes\`;`)
  await db.run(sql`DROP TABLE \`_departments_v_version_research_themes_locales\`;`)
  await db.run(sql`DROP TABLE \`_departments_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_departments_v\`;`)
  await db.run(sql`DROP TABLE \`_departments_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_departments_v_rels\`;`)
  await db.run(sql`DROP TABLE \`sections_former_names\`;`)
  await db.run(sql`DROP TABLE \`sections_former_names_locales\`;`)
  await db.run(sql`DROP TABLE \`sections_research_areas\`;`)
  await db.run(sql`DROP TABLE \`sections_research_areas_locales\`;`)
  await db.run(sql`DROP TABLE \`sections_sources\`;`)
  await db.run(sql`DROP TABLE \`sections\`;`)
  await db.run(sql`DROP TABLE \`sections_locales\`;`)
  await db.run(sql`DROP TABLE \`sections_rels\`;`)
  await db.run(sql`DROP TABLE \`_sections_v_version_former_names\`;`)
  await db.run(sql`DROP TABLE \`_sections_v_version_former_names_locales\`;`)
  await db.run(sql`DROP TABLE \`_sections_v_version_research_areas\`;`)
  await db.run(sql`DROP TABLE \`_sections_v_version_research_areas_locales\`;`)
  await db.run(sql`DROP TABLE \`_sections_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_sections_v\`;`)
  await db.run(sql`DROP TABLE \`_sections_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_sections_v_rels\`;`)
  await db.run(sql`DROP TABLE \`projects_partners\`;`)
  await db.run(sql`DROP TABLE \`projects_partners_locales\`;`)
  await db.run(sql`DROP TABLE \`projects_funding\`;`)
  await db.run(sql`DROP TABLE \`projects_funding_locales\`;`)
  await db.run(sql`DROP TABLE \`projects_registrations\`;`)
  await db.run(sql`DROP TABLE \`projects_links\`;`)
  await db.run(sql`DROP TABLE \`projects_links_locales\`;`)
  await db.run(sql`DROP TABLE \`projects_sources\`;`)
  await db.run(sql`DROP TABLE \`projects\`;`)
  await db.run(sql`DROP TABLE \`projects_locales\`;`)
  await db.run(sql`DROP TABLE \`projects_rels\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_partners\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_partners_locales\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_funding\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_funding_locales\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_registrations\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_links\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_links_locales\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_projects_v\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_rels\`;`)
  await db.run(sql`DROP TABLE \`biobank_facts\`;`)
  await db.run(sql`DROP TABLE \`biobank_facts_locales\`;`)
  await db.run(sql`DROP TABLE \`_biobank_facts_v\`;`)
  await db.run(sql`DROP TABLE \`_biobank_facts_v_locales\`;`)
  await db.run(sql`DROP TABLE \`screening_programmes_former_names\`;`)
  await db.run(sql`DROP TABLE \`screening_programmes_former_names_locales\`;`)
  await db.run(sql`DROP TABLE \`screening_programmes_sources\`;`)
  await db.run(sql`DROP TABLE \`screening_programmes\`;`)
  await db.run(sql`DROP TABLE \`screening_programmes_locales\`;`)
  await db.run(sql`DROP TABLE \`screening_programmes_rels\`;`)
  await db.run(sql`DROP TABLE \`_screening_programmes_v_version_former_names\`;`)
  await db.run(sql`DROP TABLE \`_screening_programmes_v_version_former_names_locales\`;`)
  await db.run(sql`DROP TABLE \`_screening_programmes_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_screening_programmes_v\`;`)
  await db.run(sql`DROP TABLE \`_screening_programmes_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_screening_programmes_v_rels\`;`)
  await db.run(sql`DROP TABLE \`people\`;`)
  await db.run(sql`DROP TABLE \`people_locales\`;`)
  await db.run(sql`DROP TABLE \`people_rels\`;`)
  await db.run(sql`DROP TABLE \`_people_v\`;`)
  await db.run(sql`DROP TABLE \`_people_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_people_v_rels\`;`)
  await db.run(sql`DROP TABLE \`key_figures\`;`)
  await db.run(sql`DROP TABLE \`key_figures_locales\`;`)
  await db.run(sql`DROP TABLE \`_key_figures_v\`;`)
  await db.run(sql`DROP TABLE \`_key_figures_v_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`api_keys\`;`)
  await db.run(sql`DROP TABLE \`content_changes\`;`)
  await db.run(sql`DROP TABLE \`webhook_subscriptions_events\`;`)
  await db.run(sql`DROP TABLE \`webhook_subscriptions_collections\`;`)
  await db.run(sql`DROP TABLE \`webhook_subscriptions\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries_attempt_log\`;`)
  await db.run(sql`DROP TABLE \`webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`research_overview_goals\`;`)
  await db.run(sql`DROP TABLE \`research_overview_goals_locales\`;`)
  await db.run(sql`DROP TABLE \`research_overview\`;`)
  await db.run(sql`DROP TABLE \`research_overview_locales\`;`)
  await db.run(sql`DROP TABLE \`_research_overview_v_version_goals\`;`)
  await db.run(sql`DROP TABLE \`_research_overview_v_version_goals_locales\`;`)
  await db.run(sql`DROP TABLE \`_research_overview_v\`;`)
  await db.run(sql`DROP TABLE \`_research_overview_v_locales\`;`)
  await db.run(sql`DROP TABLE \`navigation_items\`;`)
  await db.run(sql`DROP TABLE \`navigation_items_locales\`;`)
  await db.run(sql`DROP TABLE \`navigation\`;`)
  await db.run(sql`DROP TABLE \`navigation_rels\`;`)
}
