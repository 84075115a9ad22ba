-- Platform: territories, bodies, users, sessions, idempotency (issue 2; REQUIREMENTS R1.3, R1.4, R11.1).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE territory (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  path text NOT NULL UNIQUE,
  level text NOT NULL CONSTRAINT territory_level_known CHECK (level IN ('country', 'region', 'district')),
  parent_id uuid REFERENCES territory(id),
  name_kk text NOT NULL,
  name_ru text NOT NULL,
  name_en text NOT NULL,
  kind text,
  population_thousands numeric,
  lat double precision,
  lon double precision,
  CONSTRAINT territory_parent_by_level CHECK ((level = 'country') = (parent_id IS NULL))
);
COMMENT ON TABLE territory IS 'The Republic, its 17 regions and 3 cities of republican significance, and their districts (R1.4).';
COMMENT ON COLUMN territory.path IS 'Materialised path (KZ, KZ.ABA, KZ.ABA.ABA01): a body sees records whose territory path starts with its own (R11.1).';
CREATE INDEX territory_path_prefix ON territory (path text_pattern_ops);

CREATE TABLE body (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name_kk text NOT NULL,
  name_ru text NOT NULL,
  name_en text NOT NULL,
  type text NOT NULL,
  territory_id uuid NOT NULL REFERENCES territory(id),
  parent_id uuid REFERENCES body(id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT body_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
COMMENT ON TABLE body IS 'State bodies, their territorial units and organisations (R1.3), in a hierarchy.';
CREATE INDEX body_territory ON body (territory_id);
CREATE INDEX body_name_trgm ON body USING gin ((name_ru || ' ' || name_kk || ' ' || name_en) gin_trgm_ops);

CREATE TABLE app_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE CONSTRAINT app_user_username_format CHECK (username ~ '^[a-z0-9._-]{3,50}$'),
  full_name text NOT NULL,
  body_id uuid NOT NULL REFERENCES body(id),
  roles text[] NOT NULL CONSTRAINT app_user_has_role CHECK (cardinality(roles) > 0),
  password_hash text,
  must_change_password boolean NOT NULL DEFAULT true,
  active boolean NOT NULL DEFAULT true,
  service boolean NOT NULL DEFAULT false,
  oidc_subject text UNIQUE,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  password_changed_at timestamptz
);
COMMENT ON TABLE app_user IS 'Users: each belongs to one body and holds roles (R11.1). Service accounts authenticate with bearer tokens.';
CREATE INDEX app_user_body ON app_user (body_id);

CREATE TABLE user_session (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user(id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  ip text
);
COMMENT ON TABLE user_session IS 'Server-side sessions; only a hash of the cookie value is stored.';
CREATE INDEX user_session_user ON user_session (user_id) WHERE revoked_at IS NULL;

CREATE TABLE service_token (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
COMMENT ON TABLE service_token IS 'Bearer tokens of other agencies'' systems; only a hash is stored.';

CREATE TABLE login_attempt (
  id bigserial PRIMARY KEY,
  username text NOT NULL,
  ip text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  success boolean NOT NULL
);
CREATE INDEX login_attempt_user ON login_attempt (username, at);
CREATE INDEX login_attempt_ip ON login_attempt (ip, at);

CREATE TABLE idempotency_key (
  user_id uuid NOT NULL,
  key text NOT NULL,
  route text NOT NULL,
  status integer NOT NULL,
  response jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
COMMENT ON TABLE idempotency_key IS 'First response of a POST sent with an Idempotency-Key, returned again on retry.';
