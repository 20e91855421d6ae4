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

from scp_desktop.domain.records import RECORD_KINDS
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


def _province(text: str) -> str:
    """A province by its official name (diacritics and case optional) or code → its current code."""
    from scp_desktop.domain.reference import load_bundled

    reference = load_bundled()
    found = reference.find_province(text)
    if found is None:
        raise UserError(f"unknown province {text!r}: give its official name or code")
    return reference.current_province_for(found).code


def cmd_org_add(storage: Storage, args: argparse.Namespace) -> int:
    tax_code = normalize_tax_code(args.tax_code)
    if storage.known_organizations([tax_code]):
        raise UserError(f"organization {tax_code} already exists")
    storage.add_organization(tax_code, args.name, _province(args.province), args.sector, args.kind)
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
    if args.province and not args.reviewer:
        raise UserError("--province is for a reviewer (--reviewer): a provincial Department of Industry and Trade")
    province = _province(args.province) if args.province else None
    storage.add_user(args.username, hash_password(_password(args)), organizations, args.reviewer, province, args.admin)
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


def cmd_obligations_import(storage: Storage, args: argparse.Namespace) -> int:
    from scp_desktop.domain.reference import load_bundled
    from scp_ministry_server import obligations

    try:
        rows = obligations.read_table(Path(args.file).read_bytes(), args.file)
    except (OSError, ValueError, UnicodeDecodeError, KeyError) as error:
        raise UserError(f"cannot read {args.file}: {error}") from None
    result = obligations.import_energy_list(storage, load_bundled(), args.year, rows, args.list, "admin")
    if result.errors:
        raise UserError("nothing imported: " + "; ".join(result.errors[:20]))
    print(f"{result.obligations_added} obligation(s) added ({result.already} already there), "
          f"{result.organizations_added} organization(s) registered")  # fmt: skip
    return 0


def cmd_obligations_bags(storage: Storage, args: argparse.Namespace) -> int:
    from scp_ministry_server import obligations

    print(f"{obligations.add_bag_obligations(storage, args.year, args.due_day, 'admin')} obligation(s) added")
    return 0


def cmd_lock_add(storage: Storage, args: argparse.Namespace) -> int:
    import datetime as dt

    from scp_ministry_server import obligations

    start = dt.datetime.combine(dt.date.fromisoformat(args.start), dt.time(), obligations.VIETNAM)
    province = _province(args.province) if args.province else None
    lock_id = obligations.add_lock(storage, args.form, args.period, province, start, args.reason, "admin")
    print(f"lock {lock_id}: {args.form} {args.period} closed from {args.start}")
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
    uadd.add_argument("--province", help="with --reviewer: a provincial reviewer of this province (name or code)")
    uadd.add_argument("--admin", action="store_true", help="manages users, organizations and obligations on the web")
    grant = command("grant", cmd_user_grant, "let a user report for one more organization", user)
    grant.add_argument("--username", required=True)
    grant.add_argument("--org", required=True)

    token = commands.add_parser("token", help="device tokens").add_subparsers(dest="token_command", required=True)
    revoke = command("revoke", cmd_token_revoke, "revoke every token of a user", token)
    revoke.add_argument("--username", required=True)

    duties = commands.add_parser("obligations", help="reporting obligations").add_subparsers(
        dest="obligations_command", required=True
    )
    energy = command("import", cmd_obligations_import, "import a year's published list of key energy users", duties)
    energy.add_argument("--year", type=int, required=True, help="the year reported (due 15 January of the next)")
    energy.add_argument("--list", required=True, help="the list's name, e.g. its decision number")
    energy.add_argument("file", help="XLSX or CSV with a tax code column (and name, province, sector)")
    bags = command("bags", cmd_obligations_bags, "every supermarket's and market's monthly bag reports", duties)
    bags.add_argument("--year", type=int, required=True)
    bags.add_argument("--due-day", type=int, required=True, help="the day of the following month (1–28)")

    locks = commands.add_parser("lock", help="period locks").add_subparsers(dest="lock_command", required=True)
    lock = command("add", cmd_lock_add, "refuse reports of a form and period from a day on", locks)
    lock.add_argument("--form", required=True, choices=sorted(RECORD_KINDS))
    lock.add_argument("--period", required=True, help="YYYY, YYYY-Qn or YYYY-MM (a year closes its months)")
    lock.add_argument("--from", dest="start", required=True, help="the first day closed, YYYY-MM-DD (Viet Nam)")
    lock.add_argument("--reason", required=True, help="shown to the enterprise")
    lock.add_argument("--province", help="only this province's organizations (default: the whole country)")

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
