-- How often a meeting was moved: a calendar entry's SEQUENCE (RFC 5545) grows with each move, so that a calendar
-- that holds the meeting takes the newer time. Counted from the events, so a rebuild counts them again.
alter table meeting add column reschedules integer not null default 0;
