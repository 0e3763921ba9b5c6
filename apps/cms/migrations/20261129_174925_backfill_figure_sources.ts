import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Hand-written (data) migration, runs after 20261129_174924_citable_content: every citation
 * kept by 20261129_174923_stash_figure_sources becomes a `sources` document (one per URL) and
 * its figure points to it. Migrated figures get today as their review date, so they appear in
 * "Facts to review" for an editor to confirm the date and attribution.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`INSERT INTO \`sources\` (\`title\`, \`url\`)
    SELECT COALESCE(MAX(NULLIF(\`title\`, '')), \`url\`), \`url\` FROM \`_figure_sources_backfill\`
    WHERE \`url\` NOT IN (SELECT \`url\` FROM \`sources\`) GROUP BY \`url\`;`)
  for (const table of ['key_figures', 'biobank_facts'] as const) {
    await db.run(
      sql.raw(`UPDATE \`${table}\` SET
        \`source_id\` = (SELECT s.\`id\` FROM \`sources\` s JOIN \`_figure_sources_backfill\` b ON b.\`url\` = s.\`url\`
                        WHERE b.\`table_name\` = '${table}' AND b.\`doc_id\` = \`${table}\`.\`id\` LIMIT 1),
        \`review_by\` = COALESCE(\`review_by\`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        WHERE \`source_id\` IS NULL AND \`id\` IN (SELECT \`doc_id\` FROM \`_figure_sources_backfill\` WHERE \`table_name\` = '${table}');`),
    )
  }
  await db.run(sql`DROP TABLE \`_figure_sources_backfill\`;`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // The citations stay as `sources` documents; the figures keep pointing to them.
}
