-- Rules published by policy staff (issue 8): who published which decision version, when and why.
create table pw_rule_publication (
    deployment_id    varchar(64)   not null,
    decision_key     varchar(255)  not null,
    decision_version integer       not null,
    version_tag      varchar(64)   not null,
    resource_name    varchar(255)  not null,
    checksum         varchar(64)   not null,
    published_by     varchar(128)  not null,
    reason           varchar(2000) not null,
    published_at     timestamp with time zone not null,
    constraint pw_rule_publication_pk primary key (deployment_id, decision_key)
);
create index pw_rule_publication_key_idx on pw_rule_publication (decision_key, decision_version);
