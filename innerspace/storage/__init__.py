"""The encrypted vault and its repositories (no Qt)."""
