"""Storage: SQLAlchemy 2 engines, the schema, migrations and the audit log. Imports domain only."""
