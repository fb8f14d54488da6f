-- Flyway runs as the owner of the schema; the application connects as ${app_role}, which is neither
-- owner, superuser nor BYPASSRLS, so row-level security holds for it. It reads and writes every table
-- and sequence the owner creates from here on, and may not change the schema.
alter default privileges grant select, insert, update, delete on tables to ${app_role};
alter default privileges grant usage, select on sequences to ${app_role};
