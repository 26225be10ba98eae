import { sql, type Kysely } from 'kysely';

// One name per thing: a pod's booked recurring meeting is a `series`, and each meeting of it is a `session` (what
// members check in to and out of, and what the API's session ids always meant). Renames only: every row, key and
// reference stays, so a data folder made before this migration keeps its pods' series and sessions.
const renames: [string, string][] = [
  ['alter table sessions rename to series', 'alter table series rename to sessions'],
  [
    'alter table series rename constraint sessions_pkey to series_pkey',
    'alter table series rename constraint series_pkey to sessions_pkey',
  ],
  [
    'alter table series rename constraint sessions_transaction_key to series_transaction_key',
    'alter table series rename constraint series_transaction_key to sessions_transaction_key',
  ],
  [
    'alter table series rename constraint sessions_tenant_id_pod_id_fkey to series_tenant_id_pod_id_fkey',
    'alter table series rename constraint series_tenant_id_pod_id_fkey to sessions_tenant_id_pod_id_fkey',
  ],
  [
    'alter table series rename constraint sessions_state_check to series_state_check',
    'alter table series rename constraint series_state_check to sessions_state_check',
  ],
  [
    'alter index sessions_pod_idx rename to series_pod_idx',
    'alter index series_pod_idx rename to sessions_pod_idx',
  ],
  [
    'alter table session_occurrences rename to sessions',
    'alter table sessions rename to session_occurrences',
  ],
  [
    'alter table sessions rename column session_id to series_id',
    'alter table sessions rename column series_id to session_id',
  ],
  [
    'alter table sessions rename constraint session_occurrences_pkey to sessions_pkey',
    'alter table sessions rename constraint sessions_pkey to session_occurrences_pkey',
  ],
  [
    'alter table sessions rename constraint session_occurrences_seq_key to sessions_seq_key',
    'alter table sessions rename constraint sessions_seq_key to session_occurrences_seq_key',
  ],
  [
    'alter table sessions rename constraint session_occurrences_tenant_id_session_id_fkey to sessions_tenant_id_series_id_fkey',
    'alter table sessions rename constraint sessions_tenant_id_series_id_fkey to session_occurrences_tenant_id_session_id_fkey',
  ],
  [
    'alter table sessions rename constraint session_occurrences_state_check to sessions_state_check',
    'alter table sessions rename constraint sessions_state_check to session_occurrences_state_check',
  ],
  [
    'alter table sessions rename constraint session_occurrences_check to sessions_check',
    'alter table sessions rename constraint sessions_check to session_occurrences_check',
  ],
  [
    'alter index session_occurrences_starts_idx rename to sessions_starts_idx',
    'alter index sessions_starts_idx rename to session_occurrences_starts_idx',
  ],
  ...['checkins', 'checkouts', 'feedback', 'channel_posts', 'reminders_sent'].flatMap(
    (table): [string, string][] => [
      [
        `alter table ${table} rename column occurrence_id to session_id`,
        `alter table ${table} rename column session_id to occurrence_id`,
      ],
      [
        `alter table ${table} rename constraint ${table}_tenant_id_occurrence_id_fkey to ${table}_tenant_id_session_id_fkey`,
        `alter table ${table} rename constraint ${table}_tenant_id_session_id_fkey to ${table}_tenant_id_occurrence_id_fkey`,
      ],
    ],
  ),
  [
    'alter table commitments rename column from_occurrence_id to from_session_id',
    'alter table commitments rename column from_session_id to from_occurrence_id',
  ],
  [
    'alter table commitments rename constraint commitments_tenant_id_from_occurrence_id_fkey to commitments_tenant_id_from_session_id_fkey',
    'alter table commitments rename constraint commitments_tenant_id_from_session_id_fkey to commitments_tenant_id_from_occurrence_id_fkey',
  ],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [forward] of renames) await sql.raw(forward).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [, back] of [...renames].reverse()) await sql.raw(back).execute(db);
}
