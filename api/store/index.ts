export { openDatabase, type Database, type OpenDatabaseOptions, type SqlExecutor } from './database';
export { migrateToLatest, migrations } from './migrate';
export { scoped } from './scoped';
export { tenantStorage } from './tenant-storage';
export type { TenantScope } from './tenant-scope';
export { DuplicateError, isUniqueViolation, failOnConflict } from './store-errors';
export type { Schema } from './schema';
export { toJson, type JsonText } from './column-types';
