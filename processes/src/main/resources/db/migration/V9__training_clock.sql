-- how far a training instance's clock runs ahead of real time (one row; none outside training mode)
create table training_clock (
    id            int primary key,
    offset_millis bigint not null,
    updated_by    varchar(64) not null,
    updated_at    timestamp with time zone not null
);
