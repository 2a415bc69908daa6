-- Observations: the one large table. Partitioned by month (UTC) on phenomenon time so retention drops whole
-- partitions; keyed by datastream so that Citus can distribute it on datastream_id (every unique index leads with
-- it). The result is stored typed, with its string form always kept so string comparisons work as STA expects.

CREATE SEQUENCE observations_id_seq AS bigint CACHE 100;

CREATE TABLE observations (
    id bigint NOT NULL DEFAULT nextval('observations_id_seq'),
    tenant_id bigint NOT NULL,
    datastream_id bigint NOT NULL REFERENCES datastreams (id) ON DELETE CASCADE,
    feature_of_interest_id bigint REFERENCES features_of_interest (id) ON DELETE CASCADE,
    phenomenon_time_start timestamptz NOT NULL,
    phenomenon_time_end timestamptz,
    result_time timestamptz,
    valid_time_start timestamptz,
    valid_time_end timestamptz,
    result_kind smallint NOT NULL CHECK (result_kind BETWEEN 0 AND 4),
    result_number double precision,
    result_boolean boolean,
    result_string text,
    result_json jsonb,
    result_quality jsonb,
    parameters jsonb,
    CHECK (phenomenon_time_end IS NULL OR phenomenon_time_end >= phenomenon_time_start),
    CHECK ((valid_time_start IS NULL) = (valid_time_end IS NULL))
) PARTITION BY RANGE (phenomenon_time_start);

ALTER SEQUENCE observations_id_seq OWNED BY observations.id;

-- One observation per datastream and phenomenon time; the datastream's duplicate policy decides what a second one
-- does. Since (datastream, time) is unique, this one index also serves paging on (datastream, time, id): the id is
-- included so such scans stay index-only.
CREATE UNIQUE INDEX observations_datastream_time_idx ON observations (datastream_id, phenomenon_time_start) INCLUDE (id);
CREATE INDEX observations_id_idx ON observations (id);
CREATE INDEX observations_feature_of_interest_id_idx ON observations (feature_of_interest_id);

-- Creates the month partition holding an instant, if missing. Serialised by an advisory lock so concurrent
-- writers never race on CREATE TABLE.
CREATE FUNCTION ensure_observation_partition(instant timestamptz) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    month_start timestamptz := date_trunc('month', instant AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
    month_end timestamptz := month_start + interval '1 month';
    partition_name text := 'observations_' || to_char(month_start AT TIME ZONE 'UTC', 'YYYYMM');
BEGIN
    IF to_regclass(partition_name) IS NOT NULL THEN
        RETURN partition_name;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('openterritoire.observation-partitions'));
    IF to_regclass(partition_name) IS NULL THEN
        EXECUTE format('CREATE TABLE %I PARTITION OF observations FOR VALUES FROM (%L) TO (%L)',
                       partition_name, month_start, month_end);
    END IF;
    RETURN partition_name;
END;
$$;
