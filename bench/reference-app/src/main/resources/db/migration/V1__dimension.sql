create table dimension (slug varchar(64) primary key, name varchar(200) not null);
insert into dimension (slug, name) values ('performance', 'Performance'), ('concurrency', 'Concurrency');
