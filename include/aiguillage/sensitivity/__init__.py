"""Sensitive facts about whom, markings and confidential content: facts with evidence, never routes."""
