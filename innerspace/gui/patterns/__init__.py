"""Patterns: the review screen and one chart module per figure."""
