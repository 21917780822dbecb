-- One row that a run locks for its whole duration on a connection of its own (H2). The database releases the
-- lock when the process dies. PostgreSQL uses an advisory lock instead; the row is harmless there.
create table run_lock (
    id integer not null primary key
);
insert into run_lock (id) values (1);
