-- A venue's details change and it may close: the register keeps the current details, the licence period (optional)
-- and the closing; a closed venue stays in the register, marked closed. The case timeline names which details an
-- update changed and why a venue closed, both as codes. The import matches a venue by its licence number.
alter table venue add column licence_valid_from date;
alter table venue add column licence_valid_to date;
alter table venue add column closed_on date;
alter table venue add column closure_reason varchar(40);
create index venue_by_licence_number on venue (tenant_id, licence_number);

alter table venue_timeline_entry add column details_changed varchar(200);
alter table venue_timeline_entry add column closure_reason varchar(40);
