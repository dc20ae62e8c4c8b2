"""Your data: backups, export, import and restore."""
