import * as migration_20261129_170631_initial from './20261129_170631_initial';

export const migrations = [
  {
    up: migration_20261129_170631_initial.up,
    down: migration_20261129_170631_initial.down,
    name: '20261129_170631_initial'
  },
];
