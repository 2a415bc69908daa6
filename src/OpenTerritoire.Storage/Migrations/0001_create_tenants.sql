-- Tenants: the hierarchy région ⊃ département ⊃ syndicat/EPCI ⊃ commune, and operators who deliver into one.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE tenants (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id bigint REFERENCES tenants (id),
    kind text NOT NULL CHECK (kind IN ('region', 'departement', 'syndicat', 'epci', 'commune', 'operator')),
    code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name text NOT NULL,
    siren text CHECK (siren ~ '^[0-9]{9}$'),
    area geometry(MultiPolygon, 4326),
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE INDEX tenants_parent_id_idx ON tenants (parent_id);
CREATE INDEX tenants_area_idx ON tenants USING gist (area);
