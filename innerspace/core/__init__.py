"""Domain logic of the journal (no Qt)."""
