"""Prompts: the browser, the prompt beside the editor and the prompt of the day."""
