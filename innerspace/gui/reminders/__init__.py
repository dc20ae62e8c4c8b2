"""Reminders while the app runs: a tray icon, a gentle notification, and starting at login."""
