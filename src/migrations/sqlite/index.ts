import * as migration_20261129_055533_initial from './20261129_055533_initial';
import * as migration_20261129_065429_frontend from './20261129_065429_frontend';

export const migrations = [
  {
    up: migration_20261129_055533_initial.up,
    down: migration_20261129_055533_initial.down,
    name: '20261129_055533_initial',
  },
  {
    up: migration_20261129_065429_frontend.up,
    down: migration_20261129_065429_frontend.down,
    name: '20261129_065429_frontend'
  },
];
