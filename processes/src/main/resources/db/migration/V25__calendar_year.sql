-- A year the working-day calendar covers beyond the shipped file: an administrator entered the State
-- Council's holiday notice for it and confirms the year, naming the notice. Deadlines reaching a year
-- neither the file nor this table covers are refused.
create table calendar_year (
    calendar_year integer primary key,
    notice        varchar(200) not null,
    confirmed_by  varchar(64) not null,
    confirmed_at  timestamp with time zone not null
);
