-- Shared types, the invoice number sequence and the updated_at trigger function.

create type public.member_role as enum ('owner', 'admin', 'member');

create type public.invitation_status as enum ('pending', 'accepted', 'revoked', 'expired');

-- Human-facing invoice numbers: gap-tolerant, never reused, starting at a number that looks established.
create sequence public.invoice_number_seq
  as bigint
  start with 1000
  increment by 1
  no cycle;

-- One trigger function for every table with an updated_at column.
create or replace function public.set_updated_at()
  returns trigger
  language plpgsql
as $$
begin
  new.updated_at := now();
  return new;
end
$$;
