-- One record of a run (issue 10 point 3): its status and end are Spring Batch's own (batch_job_execution, joined by
-- job_execution_id); import_run keeps what only the project knows: the run number people see, the run's time stamp
-- by the application's clock (it names the run's files), the files already known and what the run wrote.
alter table import_run drop column status;
alter table import_run drop column finished_at;
