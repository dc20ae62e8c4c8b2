"""InnerSpace: a private, offline, encrypted journal."""

__version__ = "0.1.0"
APP_NAME = "InnerSpace"
APP_ID = "org.innerspace.InnerSpace"
