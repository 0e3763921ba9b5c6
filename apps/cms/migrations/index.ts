import * as migration_20261128_230157_initial from './20261128_230157_initial';
import * as migration_20261128_231149_editorial_workflow from './20261128_231149_editorial_workflow';
import * as migration_20261128_231850_content_api from './20261128_231850_content_api';
import * as migration_20261129_174923_stash_figure_sources from './20261129_174923_stash_figure_sources';
import * as migration_20261129_174924_citable_content from './20261129_174924_citable_content';
import * as migration_20261129_174925_backfill_figure_sources from './20261129_174925_backfill_figure_sources';

export const migrations = [
  {
    up: migration_20261128_230157_initial.up,
    down: migration_20261128_230157_initial.down,
    name: '20261128_230157_initial',
  },
  {
    up: migration_20261128_231149_editorial_workflow.up,
    down: migration_20261128_231149_editorial_workflow.down,
    name: '20261128_231149_editorial_workflow',
  },
  {
    up: migration_20261128_231850_content_api.up,
    down: migration_20261128_231850_content_api.down,
    name: '20261128_231850_content_api',
  },
  {
    up: migration_20261129_174923_stash_figure_sources.up,
    down: migration_20261129_174923_stash_figure_sources.down,
    name: '20261129_174923_stash_figure_sources',
  },
  {
    up: migration_20261129_174924_citable_content.up,
    down: migration_20261129_174924_citable_content.down,
    name: '20261129_174924_citable_content'
  },
  {
    up: migration_20261129_174925_backfill_figure_sources.up,
    down: migration_20261129_174925_backfill_figure_sources.down,
    name: '20261129_174925_backfill_figure_sources',
  },
];
