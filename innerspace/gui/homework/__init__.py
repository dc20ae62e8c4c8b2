"""Homework between sessions: the This week view and the assignment dialog."""
