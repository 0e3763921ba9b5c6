import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Hand-written (data) migration, runs before 20261129_174924_citable_content: that
 * migration replaces the inline `source` group (title + URL) of key figures and biobank
 * facts by a relationship to the new `sources` collection and drops the old columns. This
 * keeps the old citations in a scratch table; 20261129_174925_backfill_figure_sources turns
 * them into `sources` documents afterwards, so no stored citation is lost.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE IF NOT EXISTS \`_figure_sources_backfill\` (\`table_name\` text NOT NULL, \`doc_id\` integer NOT NULL, \`title\` text, \`url\` text NOT NULL);`)
  await db.run(sql`INSERT INTO \`_figure_sources_backfill\` SELECT 'key_figures', \`id\`, \`source_title\`, \`source_url\` FROM \`key_figures\` WHERE \`source_url\` IS NOT NULL AND \`source_url\` <> '';`)
  await db.run(sql`INSERT INTO \`_figure_sources_backfill\` SELECT 'biobank_facts', \`id\`, \`source_title\`, \`source_url\` FROM \`biobank_facts\` WHERE \`source_url\` IS NOT NULL AND \`source_url\` <> '';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS \`_figure_sources_backfill\`;`)
}
