"""The one redirect rule shared by model downloads and feeds (reader.redirects)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from reader.redirects import local_host, redirect_allowed


@pytest.mark.parametrize(("old", "new", "models", "feeds"), [
    ("http://host/x", "http://host/y", True, True),
    ("http://host:80/x", "http://HOST/y", True, True),
    ("http://host:80/x", "http://host:6379/", False, False),
    ("http://host/x", "http://host:8080/", False, False),
    ("https://host/x", "https://host:8443/y", True, True),
    ("http://host/x", "https://host/y", True, True),
    ("https://host/x", "http://host/y", False, True),
    ("https://host/x", "http://host:8080/y", False, False),
    ("http://host/x", "https://elsewhere/y", True, True),
    ("http://host/x", "http://elsewhere/y", False, True),
    ("http://host/x", "http://elsewhere:8080/y", False, False),
    ("http://host/x", "http://127.0.0.1/", False, False),
    ("http://host/x", "http://localhost/", False, False),
    ("http://host/x", "http://192.168.1.1/", False, False),
    ("http://host/x", "http://2130706433/", False, False),
    ("http://host/x", "http://[::ffff:127.0.0.1]/", False, False),
    ("http://127.0.0.1:8000/x", "http://127.0.0.1:8000/y", True, True),
    ("http://127.0.0.1:8000/x", "http://127.0.0.1:8001/y", False, False),
    ("http://localhost/x", "http://127.0.0.1/", False, True),
    ("http://host/x", "ftp://host/y", False, False),
    ("http://host/x", "http://host:99999/", False, False),
])
def test_the_rule(old: str, new: str, models: bool, feeds: bool) -> None:
    a, b = urlsplit(old), urlsplit(new)
    assert redirect_allowed(a, b, http_elsewhere=False) is models
    assert redirect_allowed(a, b, http_elsewhere=True) is feeds


@pytest.mark.parametrize("host", ["localhost", "a.localhost", "127.0.0.1", "127.1", "0x7f.0.0.1",
                                  "10.0.0.2", "172.16.0.1", "169.254.169.254", "::1", "fe80::1",
                                  "0.0.0.0", "fd00::1"])
def test_local_hosts(host: str) -> None:
    assert local_host(host)


@pytest.mark.parametrize("host", ["example.com", "8.8.8.8", "2001:4860:4860::8888"])
def test_public_hosts(host: str) -> None:
    assert not local_host(host)
