"""Which database is used, and the connection string made from the form's fields."""

from __future__ import annotations

import pytest
from psycopg.conninfo import conninfo_to_dict

from db.team_connection import DATABASE_URL_ENV, ConnectionFields, chosen_database_url


def test_the_option_wins_over_the_environment_which_wins_over_the_saved_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    assert chosen_database_url(None, None) is None
    assert chosen_database_url(None, "host=saved") == "host=saved"
    monkeypatch.setenv(DATABASE_URL_ENV, "host=env")
    assert chosen_database_url(None, "host=saved") == "host=env"
    assert chosen_database_url("host=option", "host=saved") == "host=option"
    monkeypatch.setenv(DATABASE_URL_ENV, "  ")
    assert chosen_database_url("", "host=saved") == "host=saved"


def test_fields_make_a_libpq_string_with_the_tls_options() -> None:
    fields = ConnectionFields(
        host="db.example.org", port="6432", dbname="skills", user="ana lee",
        sslmode="verify-full", sslrootcert="/etc/ssl/ca.pem", sslcert="/home/a/c.crt",
        sslkey="/home/a/c.key",
    )  # fmt: skip
    parts = conninfo_to_dict(fields.conninfo("pa ss'word"))
    assert parts == {
        "host": "db.example.org", "port": "6432", "dbname": "skills", "user": "ana lee",
        "sslmode": "verify-full", "sslrootcert": "/etc/ssl/ca.pem", "sslcert": "/home/a/c.crt",
        "sslkey": "/home/a/c.key", "password": "pa ss'word",
    }  # fmt: skip
    assert "password" not in conninfo_to_dict(fields.conninfo())
    assert ConnectionFields.from_conninfo(fields.conninfo("secret")) == fields


def test_a_service_alone_is_a_connection() -> None:
    assert conninfo_to_dict(ConnectionFields(service="team").conninfo()) == {"service": "team"}
    url = "postgresql://ana:secret@db:5433/skills?sslmode=require"
    assert ConnectionFields.from_conninfo(url) == ConnectionFields(
        host="db", port="5433", dbname="skills", user="ana", sslmode="require"
    )


def test_the_password_file_entry_uses_libpqs_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "login")
    assert ConnectionFields().pgpass_entry() == ("localhost", "5432", "login", "login")
    assert ConnectionFields(host="h", port="1", dbname="d", user="u").pgpass_entry() == (
        "h", "1", "d", "u",
    )  # fmt: skip
