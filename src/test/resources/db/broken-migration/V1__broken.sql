create table broken (id bigint primary key);
insert into broken (id, missing_column) values (1, 2);
