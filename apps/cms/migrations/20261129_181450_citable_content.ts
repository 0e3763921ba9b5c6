import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`departments_complete_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`departments_complete_locales_order_idx\` ON \`departments_complete_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`departments_complete_locales_parent_idx\` ON \`departments_complete_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_departments_v_version_complete_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_departments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_departments_v_version_complete_locales_order_idx\` ON \`_departments_v_version_complete_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_departments_v_version_complete_locales_parent_idx\` ON \`_departments_v_version_complete_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sections_complete_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sections_complete_locales_order_idx\` ON \`sections_complete_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sections_complete_locales_parent_idx\` ON \`sections_complete_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sections_v_version_complete_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_sections_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_sections_v_version_complete_locales_order_idx\` ON \`_sections_v_version_complete_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_sections_v_version_complete_locales_parent_idx\` ON \`_sections_v_version_complete_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_complete_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_complete_locales_order_idx\` ON \`projects_complete_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`projects_complete_locales_parent_idx\` ON \`projects_complete_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_version_complete_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_version_complete_locales_order_idx\` ON \`_projects_v_version_complete_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_complete_locales_parent_idx\` ON \`_projects_v_version_complete_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`biobank_facts_complete_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`biobank_facts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`biobank_facts_complete_locales_order_idx\` ON \`biobank_facts_complete_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_complete_locales_parent_idx\` ON \`biobank_facts_complete_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_biobank_facts_v_version_complete_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_biobank_facts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_complete_locales_order_idx\` ON \`_biobank_facts_v_version_complete_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_complete_locales_parent_idx\` ON \`_biobank_facts_v_version_complete_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`screening_programmes_complete_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`screening_programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`screening_programmes_complete_locales_order_idx\` ON \`screening_programmes_complete_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_complete_locales_parent_idx\` ON \`screening_programmes_complete_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_screening_programmes_v_version_complete_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_screening_programmes_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_complete_locales_order_idx\` ON \`_screening_programmes_v_version_complete_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_complete_locales_parent_idx\` ON \`_screening_programmes_v_version_complete_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`people_complete_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`people_complete_locales_order_idx\` ON \`people_complete_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`people_complete_locales_parent_idx\` ON \`people_complete_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_people_v_version_complete_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_people_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_people_v_version_complete_locales_order_idx\` ON \`_people_v_version_complete_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_people_v_version_complete_locales_parent_idx\` ON \`_people_v_version_complete_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`key_figures_complete_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`key_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`key_figures_complete_locales_order_idx\` ON \`key_figures_complete_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_complete_locales_parent_idx\` ON \`key_figures_complete_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_key_figures_v_version_complete_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_key_figures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_complete_locales_order_idx\` ON \`_key_figures_v_version_complete_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_complete_locales_parent_idx\` ON \`_key_figures_v_version_complete_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`sources\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`publisher\` text,
  	\`url\` text NOT NULL,
  	\`published_date\` text,
  	\`accessed_date\` text,
  	\`seed_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sources_seed_key_idx\` ON \`sources\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`sources_updated_at_idx\` ON \`sources\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sources_created_at_idx\` ON \`sources\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sources_locales\` (
  	\`date_note\` text,
  	\`notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sources_locales_locale_parent_id_unique\` ON \`sources_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_sources_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text NOT NULL,
  	\`version_publisher\` text,
  	\`version_url\` text NOT NULL,
  	\`version_published_date\` text,
  	\`version_accessed_date\` text,
  	\`version_seed_key\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sources\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_sources_v_parent_idx\` ON \`_sources_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_seed_key_idx\` ON \`_sources_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_updated_at_idx\` ON \`_sources_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_version_version_created_at_idx\` ON \`_sources_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_created_at_idx\` ON \`_sources_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sources_v_updated_at_idx\` ON \`_sources_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_sources_v_locales\` (
  	\`version_date_note\` text,
  	\`version_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_sources_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_sources_v_locales_locale_parent_id_unique\` ON \`_sources_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`research_overview_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`research_overview\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`research_overview_sources_order_idx\` ON \`research_overview_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`research_overview_sources_parent_id_idx\` ON \`research_overview_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`research_overview_complete_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`research_overview\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`research_overview_complete_locales_order_idx\` ON \`research_overview_complete_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`research_overview_complete_locales_parent_idx\` ON \`research_overview_complete_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_research_overview_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_research_overview_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_research_overview_v_version_sources_order_idx\` ON \`_research_overview_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_research_overview_v_version_sources_parent_id_idx\` ON \`_research_overview_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_research_overview_v_version_complete_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_research_overview_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_research_overview_v_version_complete_locales_order_idx\` ON \`_research_overview_v_version_complete_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_research_overview_v_version_complete_locales_parent_idx\` ON \`_research_overview_v_version_complete_locales\` (\`parent_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`alt_nb\` text NOT NULL,
  	\`alt_en\` text,
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
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt_nb", "alt_en", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_wide_url", "sizes_wide_width", "sizes_wide_height", "sizes_wide_mime_type", "sizes_wide_filesize", "sizes_wide_filename") SELECT "id", "alt_nb", "alt_en", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_wide_url", "sizes_wide_width", "sizes_wide_height", "sizes_wide_mime_type", "sizes_wide_filesize", "sizes_wide_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wide_sizes_wide_filename_idx\` ON \`media\` (\`sizes_wide_filename\`);`)
  await db.run(sql`ALTER TABLE \`departments\` ADD \`minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`departments_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` ADD \`version_minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_departments_v_locales\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`sections\` ADD \`minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`sections_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_sections_v\` ADD \`version_minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_sections_v_locales\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`status_basis_confirmed\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`status_basis_source_id\` text(36) REFERENCES sources(id);`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`minor_change\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`projects_status_basis_status_basis_confirmed_idx\` ON \`projects\` (\`status_basis_confirmed\`);`)
  await db.run(sql`CREATE INDEX \`projects_status_basis_status_basis_source_idx\` ON \`projects\` (\`status_basis_source_id\`);`)
  await db.run(sql`ALTER TABLE \`projects_locales\` ADD \`status_basis_note\` text;`)
  await db.run(sql`ALTER TABLE \`projects_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_status_basis_confirmed\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_status_basis_source_id\` text(36) REFERENCES sources(id);`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_minor_change\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_status_basis_version_status_basis_co_idx\` ON \`_projects_v\` (\`version_status_basis_confirmed\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_status_basis_version_status_basis_so_idx\` ON \`_projects_v\` (\`version_status_basis_source_id\`);`)
  await db.run(sql`ALTER TABLE \`_projects_v_locales\` ADD \`version_status_basis_note\` text;`)
  await db.run(sql`ALTER TABLE \`_projects_v_locales\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`biobank_facts\` ADD \`source_id\` text(36) REFERENCES sources(id);`)
  await db.run(sql`ALTER TABLE \`biobank_facts\` ADD \`attribution\` text DEFAULT 'stated';`)
  await db.run(sql`ALTER TABLE \`biobank_facts\` ADD \`date_kind\` text DEFAULT 'describes';`)
  await db.run(sql`ALTER TABLE \`biobank_facts\` ADD \`review_by\` text;`)
  await db.run(sql`ALTER TABLE \`biobank_facts\` ADD \`minor_change\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`biobank_facts_source_idx\` ON \`biobank_facts\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_date_kind_idx\` ON \`biobank_facts\` (\`date_kind\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_review_by_idx\` ON \`biobank_facts\` (\`review_by\`);`)
  await db.run(sql`ALTER TABLE \`biobank_facts\` DROP COLUMN \`source_title\`;`)
  await db.run(sql`ALTER TABLE \`biobank_facts\` DROP COLUMN \`source_url\`;`)
  await db.run(sql`ALTER TABLE \`biobank_facts_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_biobank_facts_v\` ADD \`version_source_id\` text(36) REFERENCES sources(id);`)
  await db.run(sql`ALTER TABLE \`_biobank_facts_v\` ADD \`version_attribution\` text DEFAULT 'stated';`)
  await db.run(sql`ALTER TABLE \`_biobank_facts_v\` ADD \`version_date_kind\` text DEFAULT 'describes';`)
  await db.run(sql`ALTER TABLE \`_biobank_facts_v\` ADD \`version_review_by\` text;`)
  await db.run(sql`ALTER TABLE \`_biobank_facts_v\` ADD \`version_minor_change\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_source_idx\` ON \`_biobank_facts_v\` (\`version_source_id\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_date_kind_idx\` ON \`_biobank_facts_v\` (\`version_date_kind\`);`)
  await db.run(sql`CREATE INDEX \`_biobank_facts_v_version_version_review_by_idx\` ON \`_biobank_facts_v\` (\`version_review_by\`);`)
  await db.run(sql`ALTER TABLE \`_biobank_facts_v\` DROP COLUMN \`version_source_title\`;`)
  await db.run(sql`ALTER TABLE \`_biobank_facts_v\` DROP COLUMN \`version_source_url\`;`)
  await db.run(sql`ALTER TABLE \`_biobank_facts_v_locales\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`screening_programmes\` ADD \`figures_source_id\` text(36) REFERENCES sources(id);`)
  await db.run(sql`ALTER TABLE \`screening_programmes\` ADD \`figures_attribution\` text DEFAULT 'stated';`)
  await db.run(sql`ALTER TABLE \`screening_programmes\` ADD \`figures_date_kind\` text DEFAULT 'describes';`)
  await db.run(sql`ALTER TABLE \`screening_programmes\` ADD \`figures_as_of_date\` text;`)
  await db.run(sql`ALTER TABLE \`screening_programmes\` ADD \`figures_review_by\` text;`)
  await db.run(sql`ALTER TABLE \`screening_programmes\` ADD \`minor_change\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`screening_programmes_figures_figures_source_idx\` ON \`screening_programmes\` (\`figures_source_id\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_figures_figures_date_kind_idx\` ON \`screening_programmes\` (\`figures_date_kind\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_figures_figures_as_of_date_idx\` ON \`screening_programmes\` (\`figures_as_of_date\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_figures_figures_review_by_idx\` ON \`screening_programmes\` (\`figures_review_by\`);`)
  await db.run(sql`ALTER TABLE \`screening_programmes_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_screening_programmes_v\` ADD \`version_figures_source_id\` text(36) REFERENCES sources(id);`)
  await db.run(sql`ALTER TABLE \`_screening_programmes_v\` ADD \`version_figures_attribution\` text DEFAULT 'stated';`)
  await db.run(sql`ALTER TABLE \`_screening_programmes_v\` ADD \`version_figures_date_kind\` text DEFAULT 'describes';`)
  await db.run(sql`ALTER TABLE \`_screening_programmes_v\` ADD \`version_figures_as_of_date\` text;`)
  await db.run(sql`ALTER TABLE \`_screening_programmes_v\` ADD \`version_figures_review_by\` text;`)
  await db.run(sql`ALTER TABLE \`_screening_programmes_v\` ADD \`version_minor_change\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_figures_version_figures__idx\` ON \`_screening_programmes_v\` (\`version_figures_source_id\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_figures_version_figure_1_idx\` ON \`_screening_programmes_v\` (\`version_figures_date_kind\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_figures_version_figure_2_idx\` ON \`_screening_programmes_v\` (\`version_figures_as_of_date\`);`)
  await db.run(sql`CREATE INDEX \`_screening_programmes_v_version_figures_version_figure_3_idx\` ON \`_screening_programmes_v\` (\`version_figures_review_by\`);`)
  await db.run(sql`ALTER TABLE \`_screening_programmes_v_locales\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`people\` ADD \`minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`people_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_people_v\` ADD \`version_minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_people_v_locales\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`key_figures\` ADD \`source_id\` text(36) REFERENCES sources(id);`)
  await db.run(sql`ALTER TABLE \`key_figures\` ADD \`attribution\` text DEFAULT 'stated';`)
  await db.run(sql`ALTER TABLE \`key_figures\` ADD \`review_by\` text;`)
  await db.run(sql`ALTER TABLE \`key_figures\` ADD \`minor_change\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`key_figures_source_idx\` ON \`key_figures\` (\`source_id\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_review_by_idx\` ON \`key_figures\` (\`review_by\`);`)
  await db.run(sql`ALTER TABLE \`key_figures\` DROP COLUMN \`source_title\`;`)
  await db.run(sql`ALTER TABLE \`key_figures\` DROP COLUMN \`source_url\`;`)
  await db.run(sql`ALTER TABLE \`key_figures_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_key_figures_v\` ADD \`version_source_id\` text(36) REFERENCES sources(id);`)
  await db.run(sql`ALTER TABLE \`_key_figures_v\` ADD \`version_attribution\` text DEFAULT 'stated';`)
  await db.run(sql`ALTER TABLE \`_key_figures_v\` ADD \`version_review_by\` text;`)
  await db.run(sql`ALTER TABLE \`_key_figures_v\` ADD \`version_minor_change\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version_source_idx\` ON \`_key_figures_v\` (\`version_source_id\`);`)
  await db.run(sql`CREATE INDEX \`_key_figures_v_version_version_review_by_idx\` ON \`_key_figures_v\` (\`version_review_by\`);`)
  await db.run(sql`ALTER TABLE \`_key_figures_v\` DROP COLUMN \`version_source_title\`;`)
  await db.run(sql`ALTER TABLE \`_key_figures_v\` DROP COLUMN \`version_source_url\`;`)
  await db.run(sql`ALTER TABLE \`_key_figures_v_locales\` ADD \`version_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sources_id\` text(36) REFERENCES sources(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`sources_id\`);`)
  await db.run(sql`ALTER TABLE \`research_overview\` ADD \`minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`research_overview_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_research_overview_v\` ADD \`version_minor_change\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_research_overview_v_locales\` ADD \`version_change_note\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`departments_complete_locales\`;`)
  await db.run(sql`DROP TABLE \`_departments_v_version_complete_locales\`;`)
  await db.run(sql`DROP TABLE \`sections_complete_locales\`;`)
  await db.run(sql`DROP TABLE \`_sections_v_version_complete_locales\`;`)
  await db.run(sql`DROP TABLE \`projects_complete_locales\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_complete_locales\`;`)
  await db.run(sql`DROP TABLE \`biobank_facts_complete_locales\`;`)
  await db.run(sql`DROP TABLE \`_biobank_facts_v_version_complete_locales\`;`)
  await db.run(sql`DROP TABLE \`screening_programmes_complete_locales\`;`)
  await db.run(sql`DROP TABLE \`_screening_programmes_v_version_complete_locales\`;`)
  await db.run(sql`DROP TABLE \`people_complete_locales\`;`)
  await db.run(sql`DROP TABLE \`_people_v_version_complete_locales\`;`)
  await db.run(sql`DROP TABLE \`key_figures_complete_locales\`;`)
  await db.run(sql`DROP TABLE \`_key_figures_v_version_complete_locales\`;`)
  await db.run(sql`DROP TABLE \`sources\`;`)
  await db.run(sql`DROP TABLE \`sources_locales\`;`)
  await db.run(sql`DROP TABLE \`_sources_v\`;`)
  await db.run(sql`DROP TABLE \`_sources_v_locales\`;`)
  await db.run(sql`DROP TABLE \`research_overview_sources\`;`)
  await db.run(sql`DROP TABLE \`research_overview_complete_locales\`;`)
  await db.run(sql`DROP TABLE \`_research_overview_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_research_overview_v_version_complete_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_projects\` (
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
  await db.run(sql`INSERT INTO \`__new_projects\`("id", "acronym", "status", "start_year", "end_year", "screening_programme_id", "project_manager_id", "last_updated", "seed_key", "updated_by_id", "updated_at", "created_at", "_status") SELECT "id", "acronym", "status", "start_year", "end_year", "screening_programme_id", "project_manager_id", "last_updated", "seed_key", "updated_by_id", "updated_at", "created_at", "_status" FROM \`projects\`;`)
  await db.run(sql`DROP TABLE \`projects\`;`)
  await db.run(sql`ALTER TABLE \`__new_projects\` RENAME TO \`projects\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`_status_startYear_createdAt_idx\` ON \`projects\` (\`_status\`,\`start_year\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_lastUpdated_createdAt_idx\` ON \`projects\` (\`_status\`,\`last_updated\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_2_idx\` ON \`projects\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_updatedAt_createdAt_2_idx\` ON \`projects\` (\`_status\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__projects_v\` (
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
  await db.run(sql`INSERT INTO \`__new__projects_v\`("id", "parent_id", "version_acronym", "version_status", "version_start_year", "version_end_year", "version_screening_programme_id", "version_project_manager_id", "version_last_updated", "version_seed_key", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_acronym", "version_status", "version_start_year", "version_end_year", "version_screening_programme_id", "version_project_manager_id", "version_last_updated", "version_seed_key", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_projects_v\`;`)
  await db.run(sql`DROP TABLE \`_projects_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__projects_v\` RENAME TO \`_projects_v\`;`)
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
  await db.run(sql`CREATE INDEX \`version__status_version_startYear_version_createdAt_idx\` ON \`_projects_v\` (\`version__status\`,\`version_start_year\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_lastUpdated_version_createdAt_idx\` ON \`_projects_v\` (\`version__status\`,\`version_last_updated\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_2_idx\` ON \`_projects_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_updatedAt_version_createdAt_2_idx\` ON \`_projects_v\` (\`version__status\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_biobank_facts\` (
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
  await db.run(sql`INSERT INTO \`__new_biobank_facts\`("id", "section_id", "value_number", "series", "as_of_date", "source_title", "source_url", "order", "last_updated", "seed_key", "updated_by_id", "updated_at", "created_at", "_status") SELECT "id", "section_id", "value_number", "series", "as_of_date", "source_title", "source_url", "order", "last_updated", "seed_key", "updated_by_id", "updated_at", "created_at", "_status" FROM \`biobank_facts\`;`)
  await db.run(sql`DROP TABLE \`biobank_facts\`;`)
  await db.run(sql`ALTER TABLE \`__new_biobank_facts\` RENAME TO \`biobank_facts\`;`)
  await db.run(sql`CREATE INDEX \`biobank_facts_section_idx\` ON \`biobank_facts\` (\`section_id\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_series_idx\` ON \`biobank_facts\` (\`series\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_as_of_date_idx\` ON \`biobank_facts\` (\`as_of_date\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_last_updated_idx\` ON \`biobank_facts\` (\`last_updated\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`biobank_facts_seed_key_idx\` ON \`biobank_facts\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_updated_by_idx\` ON \`biobank_facts\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_updated_at_idx\` ON \`biobank_facts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts_created_at_idx\` ON \`biobank_facts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`biobank_facts__status_idx\` ON \`biobank_facts\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_order_createdAt_2_idx\` ON \`biobank_facts\` (\`_status\`,\`order\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_3_idx\` ON \`biobank_facts\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_updatedAt_createdAt_3_idx\` ON \`biobank_facts\` (\`_status\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__biobank_facts_v\` (
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
  await db.run(sql`INSERT INTO \`__new__biobank_facts_v\`("id", "parent_id", "version_section_id", "version_value_number", "version_series", "version_as_of_date", "version_source_title", "version_source_url", "version_order", "version_last_updated", "version_seed_key", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_section_id", "version_value_number", "version_series", "version_as_of_date", "version_source_title", "version_source_url", "version_order", "version_last_updated", "version_seed_key", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_biobank_facts_v\`;`)
  await db.run(sql`DROP TABLE \`_biobank_facts_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__biobank_facts_v\` RENAME TO \`_biobank_facts_v\`;`)
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
  await db.run(sql`CREATE INDEX \`version__status_version_order_version_createdAt_2_idx\` ON \`_biobank_facts_v\` (\`version__status\`,\`version_order\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_3_idx\` ON \`_biobank_facts_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_updatedAt_version_createdAt_3_idx\` ON \`_biobank_facts_v\` (\`version__status\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_screening_programmes\` (
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
  await db.run(sql`INSERT INTO \`__new_screening_programmes\`("id", "department_id", "target_group_sex", "target_group_age_from", "target_group_age_to", "interval_years", "start_year", "nationwide_year", "head_id", "last_updated", "seed_key", "updated_by_id", "updated_at", "created_at", "_status") SELECT "id", "department_id", "target_group_sex", "target_group_age_from", "target_group_age_to", "interval_years", "start_year", "nationwide_year", "head_id", "last_updated", "seed_key", "updated_by_id", "updated_at", "created_at", "_status" FROM \`screening_programmes\`;`)
  await db.run(sql`DROP TABLE \`screening_programmes\`;`)
  await db.run(sql`ALTER TABLE \`__new_screening_programmes\` RENAME TO \`screening_programmes\`;`)
  await db.run(sql`CREATE INDEX \`screening_programmes_department_idx\` ON \`screening_programmes\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_head_idx\` ON \`screening_programmes\` (\`head_id\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_last_updated_idx\` ON \`screening_programmes\` (\`last_updated\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`screening_programmes_seed_key_idx\` ON \`screening_programmes\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_updated_by_idx\` ON \`screening_programmes\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_updated_at_idx\` ON \`screening_programmes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes_created_at_idx\` ON \`screening_programmes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`screening_programmes__status_idx\` ON \`screening_programmes\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_startYear_createdAt_1_idx\` ON \`screening_programmes\` (\`_status\`,\`start_year\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_4_idx\` ON \`screening_programmes\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_updatedAt_createdAt_4_idx\` ON \`screening_programmes\` (\`_status\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__screening_programmes_v\` (
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
  await db.run(sql`INSERT INTO \`__new__screening_programmes_v\`("id", "parent_id", "version_department_id", "version_target_group_sex", "version_target_group_age_from", "version_target_group_age_to", "version_interval_years", "version_start_year", "version_nationwide_year", "version_head_id", "version_last_updated", "version_seed_key", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_department_id", "version_target_group_sex", "version_target_group_age_from", "version_target_group_age_to", "version_interval_years", "version_start_year", "version_nationwide_year", "version_head_id", "version_last_updated", "version_seed_key", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_screening_programmes_v\`;`)
  await db.run(sql`DROP TABLE \`_screening_programmes_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__screening_programmes_v\` RENAME TO \`_screening_programmes_v\`;`)
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
  await db.run(sql`CREATE INDEX \`version__status_version_startYear_version_createdAt_1_idx\` ON \`_screening_programmes_v\` (\`version__status\`,\`version_start_year\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_4_idx\` ON \`_screening_programmes_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_updatedAt_version_createdAt_4_idx\` ON \`_screening_programmes_v\` (\`version__status\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_key_figures\` (
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
  await db.run(sql`INSERT INTO \`__new_key_figures\`("id", "value", "sex", "reference_year", "period", "series", "source_title", "source_url", "last_updated", "seed_key", "updated_by_id", "updated_at", "created_at", "_status") SELECT "id", "value", "sex", "reference_year", "period", "series", "source_title", "source_url", "last_updated", "seed_key", "updated_by_id", "updated_at", "created_at", "_status" FROM \`key_figures\`;`)
  await db.run(sql`DROP TABLE \`key_figures\`;`)
  await db.run(sql`ALTER TABLE \`__new_key_figures\` RENAME TO \`key_figures\`;`)
  await db.run(sql`CREATE INDEX \`key_figures_reference_year_idx\` ON \`key_figures\` (\`reference_year\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_series_idx\` ON \`key_figures\` (\`series\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_last_updated_idx\` ON \`key_figures\` (\`last_updated\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`key_figures_seed_key_idx\` ON \`key_figures\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_updated_by_idx\` ON \`key_figures\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_updated_at_idx\` ON \`key_figures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`key_figures_created_at_idx\` ON \`key_figures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`key_figures__status_idx\` ON \`key_figures\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_referenceYear_createdAt_idx\` ON \`key_figures\` (\`_status\`,\`reference_year\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_createdAt_6_idx\` ON \`key_figures\` (\`_status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_updatedAt_createdAt_6_idx\` ON \`key_figures\` (\`_status\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__key_figures_v\` (
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
  await db.run(sql`INSERT INTO \`__new__key_figures_v\`("id", "parent_id", "version_value", "version_sex", "version_reference_year", "version_period", "version_series", "version_source_title", "version_source_url", "version_last_updated", "version_seed_key", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_value", "version_sex", "version_reference_year", "version_period", "version_series", "version_source_title", "version_source_url", "version_last_updated", "version_seed_key", "version_updated_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_key_figures_v\`;`)
  await db.run(sql`DROP TABLE \`_key_figures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__key_figures_v\` RENAME TO \`_key_figures_v\`;`)
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
  await db.run(sql`CREATE INDEX \`version__status_version_referenceYear_version_createdAt_idx\` ON \`_key_figures_v\` (\`version__status\`,\`version_reference_year\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_createdAt_6_idx\` ON \`_key_figures_v\` (\`version__status\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_updatedAt_version_createdAt_6_idx\` ON \`_key_figures_v\` (\`version__status\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  	\`redirects_id\` text(36),
  	\`job_runner_leases_id\` text(36),
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
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`job_runner_leases_id\`) REFERENCES \`job_runner_leases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "departments_id", "sections_id", "projects_id", "biobank_facts_id", "screening_programmes_id", "people_id", "key_figures_id", "media_id", "users_id", "api_keys_id", "content_changes_id", "webhook_subscriptions_id", "webhook_deliveries_id", "redirects_id", "job_runner_leases_id") SELECT "id", "order", "parent_id", "path", "departments_id", "sections_id", "projects_id", "biobank_facts_id", "screening_programmes_id", "people_id", "key_figures_id", "media_id", "users_id", "api_keys_id", "content_changes_id", "webhook_subscriptions_id", "webhook_deliveries_id", "redirects_id", "job_runner_leases_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_job_runner_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`job_runner_leases_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
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
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt_nb", "alt_en", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_wide_url", "sizes_wide_width", "sizes_wide_height", "sizes_wide_mime_type", "sizes_wide_filesize", "sizes_wide_filename") SELECT "id", "alt_nb", "alt_en", "credit", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_wide_url", "sizes_wide_width", "sizes_wide_height", "sizes_wide_mime_type", "sizes_wide_filesize", "sizes_wide_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wide_sizes_wide_filename_idx\` ON \`media\` (\`sizes_wide_filename\`);`)
  await db.run(sql`ALTER TABLE \`departments\` DROP COLUMN \`minor_change\`;`)
  await db.run(sql`ALTER TABLE \`departments_locales\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`_departments_v\` DROP COLUMN \`version_minor_change\`;`)
  await db.run(sql`ALTER TABLE \`_departments_v_locales\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`sections\` DROP COLUMN \`minor_change\`;`)
  await db.run(sql`ALTER TABLE \`sections_locales\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`_sections_v\` DROP COLUMN \`version_minor_change\`;`)
  await db.run(sql`ALTER TABLE \`_sections_v_locales\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`projects_locales\` DROP COLUMN \`status_basis_note\`;`)
  await db.run(sql`ALTER TABLE \`projects_locales\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v_locales\` DROP COLUMN \`version_status_basis_note\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v_locales\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`biobank_facts_locales\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`_biobank_facts_v_locales\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`screening_programmes_locales\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`_screening_programmes_v_locales\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`people\` DROP COLUMN \`minor_change\`;`)
  await db.run(sql`ALTER TABLE \`people_locales\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`_people_v\` DROP COLUMN \`version_minor_change\`;`)
  await db.run(sql`ALTER TABLE \`_people_v_locales\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`key_figures_locales\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`_key_figures_v_locales\` DROP COLUMN \`version_change_note\`;`)
  await db.run(sql`ALTER TABLE \`research_overview\` DROP COLUMN \`minor_change\`;`)
  await db.run(sql`ALTER TABLE \`research_overview_locales\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`_research_overview_v\` DROP COLUMN \`version_minor_change\`;`)
  await db.run(sql`ALTER TABLE \`_research_overview_v_locales\` DROP COLUMN \`version_change_note\`;`)
}
