import * as migration_20261129_170631_initial from './20261129_170631_initial';
import * as migration_20261129_172353_redirects from './20261129_172353_redirects';
import * as migration_20261129_181331_job_runner_leases from './20261129_181331_job_runner_leases';
import * as migration_20261129_181419_scale_indexes from './20261129_181419_scale_indexes';
import * as migration_20261129_181450_citable_content from './20261129_181450_citable_content';
import * as migration_20261129_181500_encrypt_webhook_secrets from './20261129_181500_encrypt_webhook_secrets';

export const migrations = [
  {
    up: migration_20261129_170631_initial.up,
    down: migration_20261129_170631_initial.down,
    name: '20261129_170631_initial',
  },
  {
    up: migration_20261129_172353_redirects.up,
    down: migration_20261129_172353_redirects.down,
    name: '20261129_172353_redirects',
  },
  {
    up: migration_20261129_181331_job_runner_leases.up,
    down: migration_20261129_181331_job_runner_leases.down,
    name: '20261129_181331_job_runner_leases',
  },
  {
    up: migration_20261129_181419_scale_indexes.up,
    down: migration_20261129_181419_scale_indexes.down,
    name: '20261129_181419_scale_indexes',
  },
  {
    up: migration_20261129_181450_citable_content.up,
    down: migration_20261129_181450_citable_content.down,
    name: '20261129_181450_citable_content'
  },
  {
    up: migration_20261129_181500_encrypt_webhook_secrets.up,
    down: migration_20261129_181500_encrypt_webhook_secrets.down,
    name: '20261129_181500_encrypt_webhook_secrets',
  },
];
