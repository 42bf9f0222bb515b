import * as migration_20261129_055537_initial from './20261129_055537_initial';
import * as migration_20261129_065434_frontend from './20261129_065434_frontend';

export const migrations = [
  {
    up: migration_20261129_055537_initial.up,
    down: migration_20261129_055537_initial.down,
    name: '20261129_055537_initial',
  },
  {
    up: migration_20261129_065434_frontend.up,
    down: migration_20261129_065434_frontend.down,
    name: '20261129_065434_frontend'
  },
];
