-- Assignments (opdrachten) to contracted partners. A partner sees and answers only its own.
create table pw_assignment (
    assignment_id    varchar(40)   not null,
    case_id          varchar(20)   not null,
    partner_id       varchar(64)   not null,
    trajectory_type  varchar(40)   not null,
    price_ceiling    numeric(14,2) not null,
    status           varchar(20)   not null,
    offered_at       timestamp with time zone not null,
    answered_at      timestamp with time zone,
    constraint pw_assignment_pk primary key (assignment_id),
    constraint pw_assignment_case_fk foreign key (case_id) references pw_case (case_id)
);
create index pw_assignment_case_idx on pw_assignment (case_id);
