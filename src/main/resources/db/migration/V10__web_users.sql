-- The analyst created (created_at in UTC, like every timestamp of the project) at first start of server mode when application.yml configures none (issue 5). Only the
-- bcrypt hash of the generated password is stored; the password itself is shown once in the log.
create table web_user (
    name          varchar(100) not null primary key,
    password_hash varchar(100) not null,
    created_at    timestamp    not null
);
