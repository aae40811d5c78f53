"""Which HTTP redirects reader follows: one rule for model downloads, feeds and pages.

A server reader was sent to must not be able to point it at another service: the same host
on another port (`http://host/x` → `http://host:6379/`) or a machine on the user's own
network. Plain http is followed only within the same origin (scheme, host and port), or, where
the caller allows it (feeds and pages move between hosts and schemes), to a public host on port
80. https is followed anywhere: a plain service behind the port fails the TLS handshake before
any request reaches it, and a TLS one must hold a certificate for that name.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import SplitResult

_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(parts: SplitResult) -> tuple[str, str, int | None] | None:
    """(scheme, host, port) with the default port filled in; None for a bad port."""
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        return None
    return scheme, (parts.hostname or "").lower(), port or _DEFAULT_PORTS.get(scheme)


def local_host(host: str) -> bool:
    """Whether `host` names this machine or a private network (as written, not resolved)."""
    host = host.lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        try:
            # "2130706433", "127.1", "0x7f.0.0.1": forms the resolver accepts as 127.0.0.1.
            address = ipaddress.ip_address(socket.inet_aton(host))
        except (OSError, ValueError):
            return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not address.is_global or address.is_multicast


def redirect_allowed(old: SplitResult, new: SplitResult, *, http_elsewhere: bool) -> bool:
    """Whether to follow a redirect (or a link a feed or page gives) from `old` to `new`."""
    if new.scheme.lower() not in _DEFAULT_PORTS or not new.hostname:
        return False
    before, after = origin(old), origin(new)
    if before is None or after is None:
        return False
    if before == after or after[0] == "https":
        return True
    return (
        http_elsewhere
        and after[2] == 80
        and (not local_host(after[1]) or local_host(before[1]))
    )
