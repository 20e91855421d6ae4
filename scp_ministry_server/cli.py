"""`scp-ministry-server`: run the server and administer it (organizations, users, tokens, reference data)."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from alembic.util import CommandError
from sqlalchemy.exc import IntegrityError, OperationalError

from scp_desktop.domain.taxcode import normalize_tax_code
from scp_ministry_server.security import hash_password
from scp_ministry_server.storage import Storage
from scp_ministry_server.storage.migrate import SchemaOutOfDate

USER_ERROR = 2


class UserError(Exception):
    pass


def _password(args: argparse.Namespace) -> str:
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Password: ")
    if len(password) < 8:
        raise UserError("the password needs at least 8 characters")
    return password


def cmd_migrate(storage: Storage, _args: argparse.Namespace) -> int:
    before, after = storage.migrate()
    print(f"{storage.name}: schema {'already ' if before == after else ''}at revision {after}")
    return 0


def cmd_serve(storage: Storage, args: argparse.Namespace) -> int:
    import uvicorn

    from scp_ministry_server import app

    if not storage.has_attachments_dir:
        raise UserError("with PostgreSQL, name the folder every worker keeps evidence files in: --attachments DIR")
    storage.migrate()  # before any worker starts; a concurrent start of another host waits on the lock
    ssl = {"ssl_certfile": args.tls_cert, "ssl_keyfile": args.tls_key} if args.tls_cert else {}
    common = {"host": args.host, "port": args.port, "log_level": "warning", "access_log": False, **ssl}
    if args.workers == 1:
        uvicorn.run(
            app.create_app(storage, rate_per_second=args.rate_limit, review_levels=args.review_levels), **common
        )
        return 0
    storage.close()
    os.environ[app.ENV_DB] = args.db
    os.environ[app.ENV_ATTACHMENTS] = str(storage.attachments_dir)
    os.environ[app.ENV_RATE] = str(args.rate_limit)
    os.environ[app.ENV_LEVELS] = str(args.review_levels)
    uvicorn.run("scp_ministry_server.app:worker_app", factory=True, workers=args.workers, **common)
    return 0


def cmd_org_add(storage: Storage, args: argparse.Namespace) -> int:
    tax_code = normalize_tax_code(args.tax_code)
    if storage.known_organizations([tax_code]):
        raise UserError(f"organization {tax_code} already exists")
    storage.add_organization(tax_code, args.name, args.province, args.sector, args.kind)
    print(f"organization {args.tax_code} added")
    return 0


def cmd_user_add(storage: Storage, args: argparse.Namespace) -> int:
    organizations = [normalize_tax_code(t) for t in args.org or []]
    known = storage.known_organizations(organizations)
    unknown = [t for t in organizations if t not in known]
    if unknown:
        raise UserError(f"unknown organization(s): {', '.join(unknown)}; add them with `org add` first")
    if storage.user(args.username):
        raise UserError(f"user {args.username} already exists")
    storage.add_user(args.username, hash_password(_password(args)), organizations, args.reviewer)
    print(f"user {args.username} added")
    return 0


def cmd_user_grant(storage: Storage, args: argparse.Namespace) -> int:
    tax_code = normalize_tax_code(args.org)
    if not storage.known_organizations([tax_code]):
        raise UserError(f"unknown organization {tax_code}; add it with `org add` first")
    if not storage.grant(args.username, tax_code):
        raise UserError(f"no user {args.username}")
    return 0


def cmd_token_revoke(storage: Storage, args: argparse.Namespace) -> int:
    print(f"{storage.revoke_user_tokens(args.username)} token(s) revoked")
    return 0


def cmd_reference_publish(storage: Storage, args: argparse.Namespace) -> int:
    from scp_desktop.services.reference_updates import check_document

    try:
        document = json.loads(Path(args.file).read_text("utf-8"))
        if "version" not in document:
            raise ValueError("a published document needs a version")
        check_document(args.name, document)  # the same check the app applies when it receives it
    except (OSError, ValueError) as error:
        raise UserError(f"cannot publish {args.file}: {error}") from None
    storage.publish_reference(args.name, str(document["version"]), document)
    print(f"published {args.name} version {document['version']}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scp-ministry-server", description="The reference SCP ministry server.")
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, handler, help_text: str, parent=commands) -> argparse.ArgumentParser:
        sub = parent.add_parser(name, help=help_text)
        sub.add_argument(
            "--db",
            required=True,
            metavar="PATH|URL",
            help="a SQLite file (created if missing) or postgresql://user@host:port/name",
        )
        sub.set_defaults(handler=handler)
        return sub

    command("migrate", cmd_migrate, "bring the database's schema up to date (serve does it too)")
    serve = command("serve", cmd_serve, "run the HTTP server (migrates the schema first)")
    serve.add_argument(
        "--attachments",
        metavar="DIR",
        help="the folder of evidence files, shared by every worker (default beside a SQLite file: FILE.attachments)",
    )
    serve.add_argument("--workers", type=int, default=1, help="worker processes (several: use PostgreSQL)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--rate-limit", type=float, default=50.0, help="requests per second per client (0: none)")
    serve.add_argument(
        "--review-levels",
        type=int,
        choices=(1, 2),
        default=1,
        help="2: the province verifies, then MOIT accepts (Circular 25/2020 Art. 5); 1: any reviewer accepts",
    )
    serve.add_argument("--tls-cert", help="certificate file (PEM) to serve HTTPS")
    serve.add_argument("--tls-key", help="its private key (PEM)")

    org = commands.add_parser("org", help="organizations").add_subparsers(dest="org_command", required=True)
    add = command("add", cmd_org_add, "register an organization", org)
    add.add_argument("--tax-code", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--province", required=True)
    add.add_argument("--sector")
    add.add_argument("--kind", default="other")

    user = commands.add_parser("user", help="users").add_subparsers(dest="user_command", required=True)
    uadd = command("add", cmd_user_add, "create an enterprise user or a reviewer", user)
    uadd.add_argument("--username", required=True)
    uadd.add_argument("--password-stdin", action="store_true")
    uadd.add_argument("--org", action="append", help="an organization the user reports for (repeatable)")
    uadd.add_argument("--reviewer", action="store_true")
    grant = command("grant", cmd_user_grant, "let a user report for one more organization", user)
    grant.add_argument("--username", required=True)
    grant.add_argument("--org", required=True)

    token = commands.add_parser("token", help="device tokens").add_subparsers(dest="token_command", required=True)
    revoke = command("revoke", cmd_token_revoke, "revoke every token of a user", token)
    revoke.add_argument("--username", required=True)

    reference = commands.add_parser("reference", help="reference data").add_subparsers(
        dest="reference_command", required=True
    )
    publish = command("publish", cmd_reference_publish, "publish a new version of a dataset or criteria set", reference)
    publish.add_argument("--name", required=True, help="energy, targets, … or criteria/<set id>")
    publish.add_argument("file", help="the JSON document (with its version)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "workers", 1) < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return USER_ERROR
    storage: Storage | None = None
    try:
        storage = Storage.open(args.db, getattr(args, "attachments", None))
        if args.handler not in (cmd_migrate, cmd_serve):
            storage.migrate()  # an administrator's first command may meet an empty database
        return args.handler(storage, args)
    except (UserError, ValueError, SchemaOutOfDate, CommandError) as error:
        print(f"error: {error}", file=sys.stderr)
    except IntegrityError as error:
        print(f"error: refused by the database: {str(error.orig).splitlines()[0]}", file=sys.stderr)
    except OperationalError as error:
        where = storage.name if storage else args.db
        print(f"error: cannot use the database {where}: {str(error.orig).splitlines()[0]}", file=sys.stderr)
    finally:
        if storage is not None:
            storage.close()
    return USER_ERROR
