"""The history in SQLite: opening and recovery, schema and migrations, writes, queries and the CSV
export.
"""
