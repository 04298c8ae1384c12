CREATE TABLE public.scratch (id int);
