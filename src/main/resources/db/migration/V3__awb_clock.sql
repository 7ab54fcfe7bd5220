-- The Awb clock of an application: suspension while the client supplies information
-- (hersteltermijn, Awb 4:5 and 4:15), one extension (Awb 4:14), and the advance payment (art. 52).

alter table pw_eligibility add column awb_deadline_base      date;
alter table pw_eligibility add column suspended_since        date;
alter table pw_eligibility add column suspended_days         integer not null default 0;
alter table pw_eligibility add column information_requested  varchar(2000);
alter table pw_eligibility add column information_deadline   date;
alter table pw_eligibility add column extended               boolean not null default false;
alter table pw_eligibility add column extension_reason       varchar(2000);
alter table pw_eligibility add column advance_decision       varchar(20);
alter table pw_eligibility add column advance_amount         numeric(12,2);
alter table pw_eligibility add column advance_reason         varchar(2000);
alter table pw_eligibility add column advance_decided_by     varchar(128);
