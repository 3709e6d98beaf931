"""Pure domain: rules, identifiers and scoring. Imports the standard library only."""
