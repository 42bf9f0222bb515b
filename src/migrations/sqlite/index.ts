import * as migration_20261129_051151_initial from './20261129_051151_initial';

export const migrations = [
  {
    up: migration_20261129_051151_initial.up,
    down: migration_20261129_051151_initial.down,
    name: '20261129_051151_initial'
  },
];
