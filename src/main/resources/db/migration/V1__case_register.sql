-- The case register (zaakregister) of the service: one row per melding.
-- Personal data kept here and nowhere else in the service: the BSN. Process variables carry the
-- case id only.

create sequence pw_case_number_seq start with 1 increment by 1;

create table pw_case (
    case_id             varchar(20)  not null,
    bsn                 varchar(9)   not null,
    -- Equal to bsn while the case is open, null once it is closed: the unique constraint allows at
    -- most one open case per person, also when two registrations race.
    open_bsn            varchar(9),
    request_type        varchar(30)  not null,
    report_date         date         not null,
    channel             varchar(30)  not null,
    status              varchar(20)  not null,
    stage               varchar(30)  not null,
    process_instance_id varchar(64),
    registered_at       timestamp with time zone not null,
    registered_by       varchar(128) not null,
    closed_at           timestamp with time zone,
    outcome             varchar(40),
    constraint pw_case_pk primary key (case_id),
    constraint pw_case_open_bsn_uk unique (open_bsn),
    constraint pw_case_process_uk unique (process_instance_id)
);

create index pw_case_bsn_idx on pw_case (bsn);
