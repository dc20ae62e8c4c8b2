"""Check-ins: published questionnaires and your own scales, taken one question at a time."""
