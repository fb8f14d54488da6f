-- An erased subject keeps its row without its key, and the ids of the keys it had: a value sealed before the erasure
-- then reads as erased even when the subject has a new key since (a later value sealed after the erasure), while a
-- value that opens with none of the subject's keys, present or erased, is refused as moved or altered. Tink writes
-- the key's id in each ciphertext; ids are not secret.
alter table personal_data_key alter column keyset drop not null;
alter table personal_data_key add column erased_key_ids integer[] not null default '{}';
alter table personal_data_key add column erased_at timestamptz;
