"""Typed errors: every layer raises these, the CLI and GUI turn them into one readable line."""


class AsesmenError(Exception):
    """Base of every error meant for the user. The message is Indonesian and complete."""


class ValidationError(AsesmenError):
    """Input that breaks a rule (a bad NIP, a level out of range, an unknown competency)."""


class NotFoundError(AsesmenError):
    """A record that the caller named does not exist."""


class SealedError(AsesmenError):
    """A change to a session that is sealed."""


class IntegrityError(AsesmenError):
    """Stored or transported data that fails its integrity checks (hash chain, manifest, seal)."""


class BundleError(IntegrityError):
    """A bundle that is malformed, altered or otherwise not acceptable."""


class StoreError(AsesmenError):
    """A database that cannot be opened, is too new, or is not an Asesmen store."""
