ALTER TABLE job ADD COLUMN job_id int;
