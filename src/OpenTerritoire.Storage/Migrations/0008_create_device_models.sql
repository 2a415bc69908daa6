-- Device models a tenant registers: how a model's payloads decode (its codec) and how the decoded fields map to one
-- record of a shared schema. A codec is admitted only when it reproduces its vendor's examples, kept here as given.
CREATE TABLE device_models (
    tenant_id bigint NOT NULL REFERENCES tenants (id),
    model text NOT NULL CHECK (length(model) BETWEEN 1 AND 200),
    codec_kind text NOT NULL CHECK (codec_kind IN ('builtin', 'byte-layout', 'javascript', 'network')),
    codec_source text,
    examples jsonb,
    mapping jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, model),
    CHECK ((codec_kind IN ('byte-layout', 'javascript')) = (codec_source IS NOT NULL))
);

-- A device replaced on its Thing (vendor swap) stays in the registry for history but no longer receives messages.
ALTER TABLE devices ADD COLUMN retired_at timestamptz;
