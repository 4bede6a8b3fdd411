-- Run once by a superuser when the database is created. Passwords are set afterwards:
--   ALTER ROLE casework_owner PASSWORD '...'; ALTER ROLE casework_app PASSWORD '...';
-- The same statements run automatically in development (packages/db/src/migrate.ts, bootstrap).
CREATE ROLE casework_owner LOGIN NOSUPERUSER NOBYPASSRLS;
CREATE ROLE casework_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB;
GRANT CONNECT, CREATE ON DATABASE casework TO casework_owner;
GRANT CONNECT ON DATABASE casework TO casework_app;
GRANT USAGE, CREATE ON SCHEMA public TO casework_owner;
