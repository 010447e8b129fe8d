"""Django settings for gazete, built from GAZETE_* environment variables (see gazete.config)."""

from __future__ import annotations

from pathlib import Path

import dj_database_url

from gazete.config import ConfigError, ensure_private_file, load_config, media_storage_options
from gazete.resilient_queue import fallback_path

CONFIG = load_config()
PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = CONFIG.data_dir

SECRET_KEY = CONFIG.secret_key
DEBUG = CONFIG.debug
ALLOWED_HOSTS = list(CONFIG.allowed_hosts)
SITE_NAME = CONFIG.site_name
SITE_URL = CONFIG.site_url

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "huey.contrib.djhuey",
    "gazete.newsroom",
    "gazete.wire",
    "gazete.readership",
    "gazete.comments",
    "gazete.media",
    "gazete.backoffice",
]

MIDDLEWARE = [
    "gazete.head_requests.HeadWithoutBodyMiddleware",  # first: it sees the finished response
    "django.middleware.security.SecurityMiddleware",
    "gazete.security_headers.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # NUL characters never reach the database (PostgreSQL text cannot hold them): 422/400 at the door.
    "gazete.null_characters.RefuseNulCharactersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last: a reader page's story and its fragments are keyed on one content generation.
    "gazete.newsroom.request_generation.OneGenerationPerRequestMiddleware",
]

ROOT_URLCONF = "gazete.urls"
WSGI_APPLICATION = "gazete.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "gazete.newsroom.context_processors.site",
            ],
        },
    },
]

# Database: the embedded default is SQLite in WAL mode under GAZETE_DATA_DIR; PostgreSQL when
# GAZETE_DATABASE_URL is set.
if CONFIG.database_url:
    try:
        DATABASES = {"default": dj_database_url.parse(CONFIG.database_url, conn_max_age=60)}
    except ValueError as exc:  # dj_database_url rejects what it cannot map
        raise ConfigError(f"GAZETE_DATABASE_URL: {exc}") from None
else:
    # The database holds accounts and comments' e-mail addresses: readable by its owner only (0600).
    ensure_private_file(CONFIG.sqlite_path)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(CONFIG.sqlite_path),
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache, counters, rate limits and the task queue: Redis when configured, otherwise a file
# cache under the data directory (shared by every worker process of one machine).
if CONFIG.redis_url:
    # Pages and the API stay up without Redis: the cache then answers as an empty one
    # (gazete.resilient_cache), with short socket timeouts so a vanished host costs a second.
    CACHES = {
        "default": {
            "BACKEND": "gazete.resilient_cache.ResilientRedisCache",
            "LOCATION": CONFIG.redis_url,
            "KEY_PREFIX": "gazete",
            "OPTIONS": {"socket_connect_timeout": 1.0, "socket_timeout": 2.0},
        }
    }
    # Enqueueing never fails while Redis is down: tasks wait in a SQLite file of the data directory
    # (gazete.resilient_queue) and the worker runs them; they move to Redis when it answers again.
    HUEY = {
        "huey_class": "gazete.resilient_queue.ResilientRedisHuey",
        "name": "gazete",
        "url": CONFIG.redis_url,
        "fallback_filename": str(ensure_private_file(fallback_path(DATA_DIR))),
        "immediate": False,
        "consumer": {"workers": 2, "worker_type": "thread"},
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "gazete.file_cache.FileCache",
            "LOCATION": str(DATA_DIR / "cache"),
            "KEY_PREFIX": "gazete",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": "gazete",
        "filename": str(ensure_private_file(DATA_DIR / "tasks.sqlite3")),
        "immediate": False,
        "consumer": {"workers": 2, "worker_type": "thread"},
    }
GAZETE_REDIS_URL = CONFIG.redis_url
GAZETE_READ_DEDUPE_SECONDS = CONFIG.read_dedupe_minutes * 60
GAZETE_READS_NEW_VISITORS_PER_ADDRESS = CONFIG.reads_new_visitors_per_address  # 0: no cap
GAZETE_READS_NEW_VISITORS_WINDOW_SECONDS = CONFIG.reads_new_visitors_window_minutes * 60
GAZETE_TRUSTED_PROXIES = frozenset(CONFIG.trusted_proxies)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "tr"
LANGUAGES = [("tr", "Türkçe"), ("en", "English")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Istanbul"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
# Pictures (gazete.media) on the default storage: files in the data directory, or an S3-compatible
# bucket when GAZETE_MEDIA_S3_URL is set (docs/media.md).
STORAGES = {
    "default": (
        {"BACKEND": "gazete.media.storage.PictureS3Storage", "OPTIONS": media_storage_options(CONFIG.media_s3_url)}
        if CONFIG.media_s3_url
        else {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "/media/"

# Served over HTTPS (GAZETE_HTTPS=1): HSTS, redirect to https, cookies only over https. The
# proxy's X-Forwarded-Proto is believed by gunicorn from GAZETE_TRUSTED_PROXIES only
# (gunicorn_conf.forwarded_allow_ips), which makes request.is_secure() true behind nginx.
GAZETE_HTTPS = CONFIG.https
if CONFIG.https:
    SECURE_SSL_REDIRECT = True
    SECURE_HSTS_SECONDS = 365 * 24 * 3600
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    if SITE_URL.startswith("https://"):
        CSRF_TRUSTED_ORIGINS = [SITE_URL]

LOGIN_URL = "/desk/login/"  # the desk's own sign-in page (the admin keeps /admin/login/)
LOGIN_REDIRECT_URL = "/desk/"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "gazete": {"handlers": ["console"], "level": "INFO"},
        "django": {"handlers": ["console"], "level": "WARNING"},
        # The worker runs short periodic tasks every few seconds; only problems are worth a line.
        "huey": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# --- readership (read counting, issue 5) ---------------------------------------------------------
# Keep embedded SQLite connections open between requests, as the PostgreSQL ones already are
# (conn_max_age=60 above): opening one costs about a millisecond (PRAGMAs, Django's SQL function
# registration), several times what a read beacon does. Each gunicorn thread keeps its own.
if not CONFIG.database_url:
    DATABASES["default"].setdefault("CONN_MAX_AGE", 60)
    DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
