"""Help: the keyboard shortcuts and plain answers to "what is this?"."""
