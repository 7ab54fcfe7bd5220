-- What partners report on an accepted assignment: progress reports, the end report, invoices.
-- One row per report; the partner's own id of the report makes a repeat have no second effect.
create table pw_assignment_event (
    assignment_id  varchar(40)   not null,
    kind           varchar(20)   not null,
    external_id    varchar(100)  not null,
    result         varchar(20),
    amount         numeric(14,2),
    summary        varchar(4000),
    received_at    timestamp with time zone not null,
    constraint pw_assignment_event_pk primary key (assignment_id, kind, external_id),
    constraint pw_assignment_event_fk foreign key (assignment_id) references pw_assignment (assignment_id)
);
