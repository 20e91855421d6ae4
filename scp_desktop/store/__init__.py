"""SQLite persistence through sqlite-utils: connection, migrations, one repository per aggregate."""
