import * as migration_20261129_053016_initial from './20261129_053016_initial';

export const migrations = [
  {
    up: migration_20261129_053016_initial.up,
    down: migration_20261129_053016_initial.down,
    name: '20261129_053016_initial'
  },
];
