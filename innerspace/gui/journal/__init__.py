"""The journal: the writing screen, its editor, timeline, search and the feelings panel."""
