"""Use cases: what the CLI, the GUI and the tests call. No Qt here."""
