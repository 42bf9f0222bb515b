import * as migration_20261129_053815_initial from './20261129_053815_initial';
import * as migration_20261129_054413_media_storage_fields from './20261129_054413_media_storage_fields';

export const migrations = [
  {
    up: migration_20261129_053815_initial.up,
    down: migration_20261129_053815_initial.down,
    name: '20261129_053815_initial',
  },
  {
    up: migration_20261129_054413_media_storage_fields.up,
    down: migration_20261129_054413_media_storage_fields.down,
    name: '20261129_054413_media_storage_fields'
  },
];
