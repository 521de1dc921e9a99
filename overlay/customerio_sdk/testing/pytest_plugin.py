"""pytest plugin (filled in by the mock work)."""
