import * as migration_20261129_055537_initial from './20261129_055537_initial';
import * as migration_20261129_062423_planning from './20261129_062423_planning';
import * as migration_20261129_070404_frontend from './20261129_070404_frontend';
import * as migration_20261129_085047_distribution from './20261129_085047_distribution';
import * as migration_20261129_134905_reset_interval from './20261129_134905_reset_interval';
import * as migration_20261203_135450_destination_name from './20261203_135450_destination_name';
import * as migration_20261203_193709_crisis_services_press_room from './20261203_193709_crisis_services_press_room';
import * as migration_20261204_152415_press_release_spokespeople from './20261204_152415_press_release_spokespeople';
import * as migration_20261204_201922_delivery_keys_public_read_model from './20261204_201922_delivery_keys_public_read_model';
import * as migration_20261204_222443_feed_read_model from './20261204_222443_feed_read_model';

export const migrations = [
  {
    up: migration_20261129_055537_initial.up,
    down: migration_20261129_055537_initial.down,
    name: '20261129_055537_initial',
  },
  {
    up: migration_20261129_062423_planning.up,
    down: migration_20261129_062423_planning.down,
    name: '20261129_062423_planning',
  },
  {
    up: migration_20261129_070404_frontend.up,
    down: migration_20261129_070404_frontend.down,
    name: '20261129_070404_frontend',
  },
  {
    up: migration_20261129_085047_distribution.up,
    down: migration_20261129_085047_distribution.down,
    name: '20261129_085047_distribution',
  },
  {
    up: migration_20261129_134905_reset_interval.up,
    down: migration_20261129_134905_reset_interval.down,
    name: '20261129_134905_reset_interval',
  },
  {
    up: migration_20261203_135450_destination_name.up,
    down: migration_20261203_135450_destination_name.down,
    name: '20261203_135450_destination_name',
  },
  {
    up: migration_20261203_193709_crisis_services_press_room.up,
    down: migration_20261203_193709_crisis_services_press_room.down,
    name: '20261203_193709_crisis_services_press_room',
  },
  {
    up: migration_20261204_152415_press_release_spokespeople.up,
    down: migration_20261204_152415_press_release_spokespeople.down,
    name: '20261204_152415_press_release_spokespeople',
  },
  {
    up: migration_20261204_201922_delivery_keys_public_read_model.up,
    down: migration_20261204_201922_delivery_keys_public_read_model.down,
    name: '20261204_201922_delivery_keys_public_read_model',
  },
  {
    up: migration_20261204_222443_feed_read_model.up,
    down: migration_20261204_222443_feed_read_model.down,
    name: '20261204_222443_feed_read_model'
  },
];
