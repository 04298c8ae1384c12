DROP INDEX person_email_lower_idx;
