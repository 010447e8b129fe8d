"""Tests for gazete.proxies: X-Forwarded-For is believed only from our own reverse proxies."""

from django.test import RequestFactory, override_settings

from gazete.proxies import client_ip


def test_direct_clients_cannot_forge_their_address() -> None:
    request = RequestFactory().get("/", REMOTE_ADDR="198.51.100.9", HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert client_ip(request) == "198.51.100.9"


def test_a_trusted_proxy_names_the_reader_by_its_last_hop() -> None:
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7")
    assert client_ip(request) == "203.0.113.7"
    with override_settings(GAZETE_TRUSTED_PROXIES=frozenset({"10.0.0.2"})):
        assert client_ip(request) == "127.0.0.1"
