-- Positions are read by aggregate (all projections of one aggregate, or of a batch's aggregates) and a rebuild
-- deletes them by aggregate. With the key led by the projection, every such read scanned the whole index, a
-- cost that grew with the history. Leading with the aggregate serves both; upserts still name both columns.
alter table projection_position drop constraint projection_position_pkey;
alter table projection_position add primary key (aggregate_id, projection);
