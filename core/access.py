"""Who the app runs as: the owner of a local data folder, or a login of a team database."""

from __future__ import annotations

from dataclasses import dataclass

LOCAL = "local"
OWNER = "owner"
HEAD = "head"
MANAGER = "manager"
PERSON = "person"
NO_ACCOUNT = "none"


@dataclass(frozen=True)
class Account:
    """What the connected user may see and do.

    ``kind``: ``local`` (the data folder's own user: everything), ``owner`` (administers a team
    database, sees everyone), ``head`` (their department and their own people), ``manager``
    (their own people), ``person`` (their own data only), ``none`` (a login with no account:
    sees no one).
    """

    login: str | None
    kind: str
    department: str | None = None
    person_id: int | None = None

    @property
    def manages(self) -> bool:
        """Whether the manager's screens (Team, one-on-ones, adding people…) apply."""
        return self.kind in (LOCAL, OWNER, HEAD, MANAGER)


LOCAL_ACCOUNT = Account(None, LOCAL)
