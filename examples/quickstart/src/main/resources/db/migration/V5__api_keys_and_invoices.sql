-- Machine access and billing.

-- Only a hash of each key is stored; the prefix ("sk_live_ab12") lets people recognise a key in the UI.
create table public.api_keys (
  id              uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  name            varchar(100) not null,
  prefix          varchar(16) not null,
  key_hash        text not null,
  scopes          text[] not null default '{}',
  created_by      uuid references public.profiles (id) on delete set null,
  created_at      timestamptz not null default now(),
  last_used_at    timestamptz,
  expires_at      timestamptz,
  revoked_at      timestamptz,
  constraint api_keys_key_hash_format check (key_hash ~ '^[0-9a-f]{64}$'),
  constraint api_keys_prefix_format check (prefix ~ '^sk_(live|test)_[0-9a-z]{4}$'),
  constraint api_keys_expiry_after_creation check (expires_at is null or expires_at > created_at),
  constraint api_keys_revoked_after_creation check (revoked_at is null or revoked_at >= created_at)
);

create index api_keys_organization_id_idx on public.api_keys (organization_id);
create index api_keys_created_by_idx on public.api_keys (created_by);

-- A hash identifies at most one live key; revoked keys keep their row for the audit trail.
create unique index api_keys_active_key_hash_idx
  on public.api_keys (key_hash)
  where revoked_at is null;

create table public.invoices (
  id              uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete restrict,
  number          bigint not null default nextval('public.invoice_number_seq'),
  currency        char(3) not null default 'EUR',
  amount_cents    bigint not null,
  tax_rate        numeric(5, 4) not null default 0,
  issued_at       timestamptz not null default now(),
  paid_at         timestamptz,
  line_items      jsonb not null default '[]'::jsonb,
  constraint invoices_number_key unique (number),
  constraint invoices_amount_not_negative check (amount_cents >= 0),
  constraint invoices_tax_rate_range check (tax_rate >= 0 and tax_rate < 1),
  constraint invoices_currency_format check (currency ~ '^[A-Z]{3}$'),
  constraint invoices_line_items_array check (jsonb_typeof(line_items) = 'array')
);

alter sequence public.invoice_number_seq owned by public.invoices.number;

create index invoices_organization_id_idx on public.invoices (organization_id);

-- Dunning runs look for unpaid invoices only.
create index invoices_unpaid_idx on public.invoices (issued_at) where paid_at is null;
