-- MariaDB only. V1 created webhook_endpoint with the server's default collation, which on most servers is
-- case-insensitive (e.g. utf8mb4_general_ci): owner "alice" would then load the endpoint (and secret) of owner
-- "Alice", and the one-primary-per-user index would treat them as one user. JWT subjects compare exactly, so the
-- table moves to utf8mb4 with a binary collation, like the tables of V2. H2 compares exactly already.
ALTER TABLE webhook_endpoint CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
