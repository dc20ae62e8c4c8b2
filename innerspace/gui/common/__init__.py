"""What several screens share: worker, theme, messages, idle watch, file choosers, pages."""
