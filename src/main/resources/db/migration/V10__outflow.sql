-- Outflow to paid work (step 11): job starts, the benefit decision on the new income, aftercare
-- contacts, and the case's end result with the figures a municipality reports.

-- A reported job start. One per case and contract start date: a second report of the same job
-- (caseworker and partner both) is the same job start.
create table pw_job_start (
    job_start_id         varchar(40)   not null,
    case_id              varchar(20)   not null,
    source               varchar(30)   not null,
    reported_start_date  date          not null,
    hours_per_week       numeric(4,1),
    reduced_wage_value   boolean       not null,
    employer_wants_trial boolean       not null,
    assignment_id        varchar(40),
    reported_by          varchar(128)  not null,
    reported_at          timestamp with time zone not null,
    -- employment as known to the income gateway (Suwinet polisadministratie)
    employment_known     boolean,
    contract_start       date,
    contract_hours       numeric(4,1),
    gross_monthly_wage   numeric(12,2),
    net_monthly_wage     numeric(12,2),
    -- the rules' proposal (outflowDecision) and the caseworker's decision
    monthly_norm         numeric(12,2),
    other_net_income     numeric(12,2),
    exemption_months_used integer      not null default 0,
    proposed_outcome     varchar(20),
    exemption_amount     numeric(12,2),
    supplement_amount    numeric(12,2),
    exemption_months_left integer,
    assess_lks           boolean,
    consider_trial       boolean,
    decided_outcome      varchar(20),
    decision_note        varchar(4000),
    decided_by           varchar(128),
    decided_at           timestamp with time zone,
    effective_date       date,
    exemption_until      date,
    zgw_besluit_url      varchar(500),
    -- aftercare
    status               varchar(20)   not null,
    job_lost_on          date,
    ended_at             timestamp with time zone,
    constraint pw_job_start_pk primary key (job_start_id),
    constraint pw_job_start_case_fk foreign key (case_id) references pw_case (case_id),
    constraint pw_job_start_uk unique (case_id, reported_start_date)
);
create index pw_job_start_date_idx on pw_job_start (reported_start_date);

create table pw_aftercare_contact (
    job_start_id  varchar(40)   not null,
    moment        integer       not null,
    due_date      date          not null,
    outcome       varchar(20)   not null,
    note          varchar(4000),
    recorded_by   varchar(128)  not null,
    recorded_at   timestamp with time zone not null,
    constraint pw_aftercare_contact_pk primary key (job_start_id, moment),
    constraint pw_aftercare_contact_fk foreign key (job_start_id) references pw_job_start (job_start_id)
);

-- The case's end: result, the ZGW resultaattype it maps to, until when its records are kept, and
-- the figures (no personal data) the outflow report aggregates.
alter table pw_case add column zgw_resultaattype    varchar(500);
alter table pw_case add column keep_until           date;
alter table pw_case add column work_start_date      date;
alter table pw_case add column days_to_work         integer;
alter table pw_case add column outflow_route        varchar(40);
alter table pw_case add column outflow_partner      varchar(64);
alter table pw_case add column job_lasted_6_months  boolean;
-- a case started for a lost job after aftercare points at the case it follows
alter table pw_case add column previous_case_id     varchar(20);
