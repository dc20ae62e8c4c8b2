"""Guided exercises: one form module per exercise, all following ``base.ExerciseForm``."""
