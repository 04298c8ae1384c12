drop table audit.events;
drop schema audit;
