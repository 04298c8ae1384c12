drop table public.memberships;
drop type public.membership_role;
