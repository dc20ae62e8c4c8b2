"""Preparing for a session: session dates, the talk-about list, and the summary to share."""
