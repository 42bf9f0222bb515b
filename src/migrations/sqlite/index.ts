import * as migration_20261129_055533_initial from './20261129_055533_initial';

export const migrations = [
  {
    up: migration_20261129_055533_initial.up,
    down: migration_20261129_055533_initial.down,
    name: '20261129_055533_initial'
  },
];
