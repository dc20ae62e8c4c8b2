"""Import and export formats (no Qt)."""
