DROP TABLE worker;
