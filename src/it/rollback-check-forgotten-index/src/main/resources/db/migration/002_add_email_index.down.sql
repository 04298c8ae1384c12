-- users_email_idx is forgotten
DROP INDEX users_created_at_idx;
