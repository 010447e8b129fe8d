"""Read gazete's configuration from GAZETE_* environment variables, failing with one clear line."""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

SOURCE_ROOT = Path(__file__).resolve().parents[2]


class ConfigError(Exception):
    """A configuration value is missing, malformed or points at something unreachable.

    The message is one line that names the environment variable, e.g.
    ``GAZETE_DATABASE_URL: unsupported scheme 'mysq' (use postgres:// or sqlite://)``.
    """


def default_data_dir() -> Path:
    """Return ``var/`` of the source checkout when running from one, else ``./var``."""
    if (SOURCE_ROOT / "pyproject.toml").is_file():
        return SOURCE_ROOT / "var"
    return Path.cwd() / "var"


@dataclass(frozen=True)
class Config:
    """The settings gazete takes from the environment; the embedded default needs none of them."""

    data_dir: Path
    database_url: str | None
    redis_url: str | None
    secret_key: str
    allowed_hosts: tuple[str, ...]
    debug: bool
    https: bool
    site_name: str
    site_url: str
    read_dedupe_minutes: int
    reads_new_visitors_per_address: int
    reads_new_visitors_window_minutes: int
    trusted_proxies: tuple[str, ...]
    # An S3-compatible bucket for pictures (GAZETE_MEDIA_S3_URL); None keeps them in the data directory.
    media_s3_url: str | None = None

    @property
    def sqlite_path(self) -> Path:
        """Where the embedded SQLite database lives."""
        return self.data_dir / "gazete.sqlite3"


def _bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name}: expected true or false, got {raw!r}")


def _int(name: str, default: int, minimum: int = 0) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name}: expected a whole number, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name}: must be at least {minimum}, got {value}")
    return value


def validate_database_url(url: str) -> str:
    """Check the shape of GAZETE_DATABASE_URL and return it unchanged."""
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql", "pgsql", "sqlite"}:
        raise ConfigError(
            f"GAZETE_DATABASE_URL: unsupported scheme {parts.scheme or '(none)'!r} in {url!r} "
            "(use postgres://user@host:port/dbname or sqlite:////absolute/path.sqlite3)"
        )
    if parts.scheme != "sqlite" and not parts.path.strip("/"):
        raise ConfigError(f"GAZETE_DATABASE_URL: no database name in {url!r}")
    return url


def validate_redis_url(url: str) -> str:
    """Check the shape of GAZETE_REDIS_URL and return it unchanged."""
    parts = urlsplit(url)
    if parts.scheme not in {"redis", "rediss", "unix"}:
        raise ConfigError(f"GAZETE_REDIS_URL: unsupported scheme {parts.scheme or '(none)'!r} in {url!r}")
    try:
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        raise ConfigError(f"GAZETE_REDIS_URL: malformed port in {url!r}") from None
    return url


def ensure_private_file(path: Path) -> Path:
    """Make sure the SQLite file ``path`` exists with mode 0600, as do its ``-wal`` and ``-shm`` files.

    A missing file is created empty (SQLite reads an empty file as an empty database) with mode 0600,
    whatever the umask; SQLite then gives the WAL and shared-memory files it makes beside it the same
    mode. Files an older version left readable by others are tightened to 0600 (by path: closing any
    descriptor of a database file would drop the POSIX locks this process's SQLite connections hold
    on it). Call it before the process opens its first connection to ``path``.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if candidate.stat().st_mode & 0o777 != 0o600:
                candidate.chmod(0o600)
        except FileNotFoundError:
            continue
    return path


def _secret_key(data_dir: Path) -> str:
    key = os.environ.get("GAZETE_SECRET_KEY")
    if key:
        if len(key) < 32:
            raise ConfigError("GAZETE_SECRET_KEY: must be at least 32 characters long")
        return key
    key_file = data_dir / "secret_key"
    if key_file.is_file():
        return key_file.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    # Created with mode 0600 so other local users cannot read it.
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key + "\n")
    return key


def trusted_proxies_from_env() -> tuple[str, ...]:
    """GAZETE_TRUSTED_PROXIES as a tuple of addresses (default: the loopback addresses)."""
    raw = os.environ.get("GAZETE_TRUSTED_PROXIES", "127.0.0.1,::1")
    return tuple(p.strip() for p in raw.split(",") if p.strip())


def load_config() -> Config:
    """Build the Config from the environment, raising ConfigError with one clear line."""
    raw_dir = os.environ.get("GAZETE_DATA_DIR")
    data_dir = Path(raw_dir).expanduser().resolve() if raw_dir else default_data_dir()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"GAZETE_DATA_DIR: cannot create {data_dir}: {exc.strerror}") from None
    database_url = os.environ.get("GAZETE_DATABASE_URL") or None
    if database_url:
        validate_database_url(database_url)
    redis_url = os.environ.get("GAZETE_REDIS_URL") or None
    if redis_url:
        validate_redis_url(redis_url)
    hosts = os.environ.get("GAZETE_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
    allowed = tuple(h.strip() for h in hosts.split(",") if h.strip())
    if not allowed:
        raise ConfigError("GAZETE_ALLOWED_HOSTS: no host given (comma-separated host names)")
    return Config(
        data_dir=data_dir,
        database_url=database_url,
        redis_url=redis_url,
        secret_key=_secret_key(data_dir),
        allowed_hosts=allowed,
        debug=_bool("GAZETE_DEBUG", False),
        https=_bool("GAZETE_HTTPS", False),
        site_name=os.environ.get("GAZETE_SITE_NAME", "gazete"),
        site_url=os.environ.get("GAZETE_SITE_URL", "http://127.0.0.1:8000").rstrip("/"),
        read_dedupe_minutes=_int("GAZETE_READ_DEDUPE_MINUTES", 30, minimum=0),
        reads_new_visitors_per_address=_int("GAZETE_READS_NEW_VISITORS_PER_ADDRESS", 50, minimum=0),
        reads_new_visitors_window_minutes=_int("GAZETE_READS_NEW_VISITORS_WINDOW_MINUTES", 10, minimum=1),
        trusted_proxies=trusted_proxies_from_env(),
        media_s3_url=_media_s3_url(),
    )


def _media_s3_url() -> str | None:
    url = os.environ.get("GAZETE_MEDIA_S3_URL", "").strip() or None
    if url:
        media_storage_options(url)  # raises ConfigError on a malformed address
    return url


# Every file under a content-addressed name never changes, so any cache may keep it for a year.
IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable"


def media_storage_options(url: str) -> dict[str, object]:
    """The ``storages.backends.s3.S3Storage`` options for GAZETE_MEDIA_S3_URL.

    ``s3+https://KEY:SECRET@host[:port]/BUCKET`` (any S3-compatible server; ``s3+http://`` for one on
    a private network), or ``s3://BUCKET`` (Amazon S3, credentials from boto's usual environment).
    Query options: ``region``, ``custom_domain`` (a CDN host that serves the bucket) and
    ``public_acl=1`` (give renditions a public-read ACL, for servers that use object ACLs; else a
    bucket policy makes ``p/*`` public). Files are addressed without signatures, so URLs are stable.
    The options are those of ``gazete.media.storage.PictureS3Storage``.
    """
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    unknown = sorted(set(query) - {"region", "custom_domain", "public_acl"})
    if unknown:
        raise ConfigError(
            f"GAZETE_MEDIA_S3_URL: unknown option {unknown[0]!r} (known: region, custom_domain, public_acl)")
    options: dict[str, object] = {
        "querystring_auth": False,
        "file_overwrite": True,  # names are content hashes: the same name is the same bytes
        "object_parameters": {"CacheControl": IMMUTABLE_CACHE_CONTROL},
    }
    if "region" in query:
        options["region_name"] = query["region"]
    if "custom_domain" in query:
        options["custom_domain"] = query["custom_domain"]
    if query.get("public_acl", "0") not in {"0", "1"}:
        raise ConfigError("GAZETE_MEDIA_S3_URL: public_acl is 0 or 1")
    if query.get("public_acl") == "1":
        options["public_acl"] = True
    if parts.scheme == "s3":
        if not parts.hostname:
            raise ConfigError(f"GAZETE_MEDIA_S3_URL: no bucket in {url!r} (s3://BUCKET)")
        options["bucket_name"] = parts.hostname
        return options
    if parts.scheme not in {"s3+https", "s3+http"}:
        raise ConfigError(
            f"GAZETE_MEDIA_S3_URL: unsupported scheme {parts.scheme or '(none)'!r} "
            "(use s3+https://KEY:SECRET@host/BUCKET or s3://BUCKET)"
        )
    bucket = parts.path.strip("/")
    if not parts.hostname or not bucket or "/" in bucket:
        raise ConfigError("GAZETE_MEDIA_S3_URL: expected s3+https://KEY:SECRET@host[:port]/BUCKET")
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        raise ConfigError("GAZETE_MEDIA_S3_URL: malformed port") from None
    options.update(
        bucket_name=bucket,
        endpoint_url=f"{parts.scheme.removeprefix('s3+')}://{parts.hostname}{port}",
        addressing_style="path",
    )
    if parts.username:
        options["access_key"] = unquote(parts.username)
        options["secret_key"] = unquote(parts.password or "")
    return options
