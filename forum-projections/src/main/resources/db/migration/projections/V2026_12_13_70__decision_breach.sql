-- The breach a licensing decision answers, where penalty points apply (Norway): its type, a code of the rule set in
-- force on the day it was committed, and that day. Both null for decisions that name none (all earlier ones).
alter table venue_decision add column breach_type varchar(200);
alter table venue_decision add column breach_committed_on date;
