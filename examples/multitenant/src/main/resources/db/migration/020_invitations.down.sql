drop table public.invitations;
drop type public.invitation_status;
