DROP INDEX public.profiles_email_idx;
