-- Keeping the client in view (issue 7): signals from partners, their checks and suspensions (art. 54),
-- missed appointments and outreach visits, and the periodic progress reviews.

-- A signal as received. One per source and the source's own id: a signal sent twice is one signal.
-- The BSN is kept only when no running case was found, so the signal is never lost.
create table pw_signal (
    signal_id          varchar(40)   not null,
    source             varchar(30)   not null,
    external_id        varchar(100)  not null,
    kind               varchar(30)   not null,
    occurred_on        date          not null,
    days_abroad        integer,
    case_id            varchar(20),
    bsn                varchar(9),
    status             varchar(20)   not null,
    received_by        varchar(128)  not null,
    received_at        timestamp with time zone not null,
    -- the caseworker's check
    outcome            varchar(20),
    reasons            varchar(4000),
    checked_by         varchar(128),
    checked_at         timestamp with time zone,
    -- a recomputation of the right to assistance on the new facts
    recomputed_eligible boolean,
    recomputed_amount  numeric(12,2),
    recomputed_reasons varchar(2000),
    recomputation_decision varchar(20),
    new_amount         numeric(12,2),
    effective_date     date,
    case_result        varchar(40),
    -- a suspension (art. 54): information asked until, and how it ended
    information_until  date,
    suspension_result  varchar(20),
    zgw_besluit_url    varchar(500),
    zgw_besluit_decision varchar(20),
    constraint pw_signal_pk primary key (signal_id),
    constraint pw_signal_uk unique (source, external_id),
    constraint pw_signal_case_fk foreign key (case_id) references pw_case (case_id)
);
create index pw_signal_case_idx on pw_signal (case_id);

create table pw_missed_appointment (
    case_id        varchar(20)   not null,
    missed_on      date          not null,
    kind           varchar(30)   not null,
    recorded_by    varchar(128)  not null,
    recorded_at    timestamp with time zone not null,
    -- set when an outreach visit followed; the count starts again after it
    home_visit_id  varchar(40),
    constraint pw_missed_appointment_pk primary key (case_id, missed_on, kind),
    constraint pw_missed_appointment_case_fk foreign key (case_id) references pw_case (case_id)
);

create table pw_home_visit (
    home_visit_id  varchar(40)   not null,
    case_id        varchar(20)   not null,
    requested_at   timestamp with time zone not null,
    outcome        varchar(30),
    note           varchar(4000),
    visited_by     varchar(128),
    visited_at     timestamp with time zone,
    constraint pw_home_visit_pk primary key (home_visit_id),
    constraint pw_home_visit_case_fk foreign key (case_id) references pw_case (case_id)
);

create table pw_progress_review (
    case_id        varchar(20)   not null,
    review_no      integer       not null,
    due_on         date          not null,
    route          varchar(40),
    interval_used  varchar(10)   not null,
    based_on       date          not null,
    outcome        varchar(20),
    note           varchar(4000),
    held_by        varchar(128),
    held_at        timestamp with time zone,
    constraint pw_progress_review_pk primary key (case_id, review_no),
    constraint pw_progress_review_case_fk foreign key (case_id) references pw_case (case_id)
);
