"""Support now: breathing, grounding, the safety plan and crisis lines."""
