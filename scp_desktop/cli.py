"""Headless commands over the same services the desktop app uses.

Command names, options and JSON keys are a public interface
(../shared/docs/interfaces.md). A user mistake prints one clear line on
stderr (plus, for an import, every bad row) and exits with status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from scp_desktop import __version__
from scp_desktop.catalog import translator
from scp_desktop.domain.collation import sorted_vietnamese
from scp_desktop.domain.field_labels import FIELD_LABELS, KIND_TITLES
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, Issue, Msg, Translator
from scp_desktop.domain.organizations import FACILITY_KINDS, ORG_KINDS
from scp_desktop.domain.records import RECORD_KINDS
from scp_desktop.domain.summary import Summary
from scp_desktop.domain.text import escaped
from scp_desktop.paths import resolve_workspace_path
from scp_desktop.services.backup import check as check_file
from scp_desktop.services.demo import fill_demo
from scp_desktop.services.importer import ImportRejected, import_csv
from scp_desktop.services.report_kinds import REPORT_KINDS
from scp_desktop.services.reports import finalize
from scp_desktop.services.summary import summary
from scp_desktop.services.workspace import BASELINE_INDICATORS, Workspace
from scp_desktop.store.database import NewerWorkspaceError
from scp_desktop.store.locks import holders

USER_ERROR = 2

# Names of command-line values that are not record fields, for messages about them.
ARGUMENT_LABELS: dict[str, Msg] = {
    "org": QT_TRANSLATE_NOOP("Cli", "Organization"),
    "kind": QT_TRANSLATE_NOOP("Cli", "Kind"),
    "province": QT_TRANSLATE_NOOP("Cli", "Province"),
    "name": QT_TRANSLATE_NOOP("Cli", "Name"),
    "tax_code": QT_TRANSLATE_NOOP("Cli", "Tax code"),
    "sector": QT_TRANSLATE_NOOP("Cli", "Sector"),
    "contact_email": QT_TRANSLATE_NOOP("Cli", "E-mail"),
    "code": QT_TRANSLATE_NOOP("Cli", "Code"),
    "last_energy_audit": QT_TRANSLATE_NOOP("Cli", "Last energy audit"),
    "sec_norm": QT_TRANSLATE_NOOP("Cli", "Energy norm"),
    "energy_manager": QT_TRANSLATE_NOOP("Cli", "Energy manager"),
    "energy_manager_certificate": QT_TRANSLATE_NOOP("Cli", "Energy manager's certificate"),
    "capacity": QT_TRANSLATE_NOOP("Cli", "Capacity"),
    "main_products": QT_TRANSLATE_NOOP("Cli", "Main products"),
    "server": QT_TRANSLATE_NOOP("Cli", "Server address"),
}
ERROR = QT_TRANSLATE_NOOP("Cli", "error")
WARNING = QT_TRANSLATE_NOOP("Cli", "warning")
LINE = QT_TRANSLATE_NOOP("Cli", "line {line}")
MORE_BAD_ROWS = QT_TRANSLATE_NOOP("Cli", "… and more ({count} bad rows in all)")
IMPORTED = QT_TRANSLATE_NOOP(
    "Cli", "{file}: {rows} rows imported as {kind}: {created} new, {replaced} replaced, {unchanged} unchanged."
)
WOULD_IMPORT = QT_TRANSLATE_NOOP(
    "Cli",
    "{file}: {rows} rows would be imported as {kind} (dry run, nothing saved): {created} new, {replaced} replaced, "
    "{unchanged} unchanged.",
)
SKIPPED = QT_TRANSLATE_NOOP("Cli", "{count} bad row(s) skipped; listed in {file}")
MORE_WARNINGS = QT_TRANSLATE_NOOP("Cli", "… {count} warnings in all")
READ_AS = QT_TRANSLATE_NOOP("Cli", "numbers of column “{column}” read as {style}")
REPLACES = QT_TRANSLATE_NOOP("Cli", "replaces {record} {field}: {old} → {new}")
TEN_FOLD = QT_TRANSLATE_NOOP("Cli", "(more than ×10: check the file)")
FAR = QT_TRANSLATE_NOOP("Cli", "{record} {field}: {message}")
MAPPED = QT_TRANSLATE_NOOP("Cli", "{field}: “{value}” read as {code} in {count} row(s)")
TWO_READINGS = QT_TRANSLATE_NOOP("Cli", "column “{column}”: “{text}” is {vi} (1.234,5) or {en} (1,234.5)")
SAY_FORMAT = QT_TRANSLATE_NOOP(
    "Cli", 'say which with --number-format vi|en, or "number_formats": {{"{field}": "vi"}} in --mapping'
)
NO_MAPPING = QT_TRANSLATE_NOOP("Cli", "cannot read the mapping {file}: {reason}")
IMPORT_NEEDS_ORG = QT_TRANSLATE_NOOP("Cli", "import needs --org TAX_CODE")
OS_ERROR = QT_TRANSLATE_NOOP("Cli", "cannot use {path}: {reason}")
BUSY = QT_TRANSLATE_NOOP(
    "Cli",
    "the workspace is busy: another program is writing to it ({holders}); nothing was changed, "
    "try again when it has finished",
)
DATABASE_ERROR = QT_TRANSLATE_NOOP("Cli", "the workspace cannot be used: {reason}")
NOT_TEXT = QT_TRANSLATE_NOOP("Cli", "a value holds characters that are not text ({reason})")
IS_A_FOLDER = QT_TRANSLATE_NOOP("Cli", "{path} is a folder: give a file name")
NO_FOLDER = QT_TRANSLATE_NOOP("Cli", "the folder {path} does not exist")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("Cli", "{path} is a file, not a folder")
NO_CA_BUNDLE = QT_TRANSLATE_NOOP("Cli", "the CA bundle {path} is not a readable file")
SYNC_RUNNING = QT_TRANSLATE_NOOP(
    "Cli", "another sync of this workspace is already running ({holders}); this one sent nothing"
)
BAD_MONTH = QT_TRANSLATE_NOOP("Cli", "“{value}” is not a month: give 1 to 12")
BAD_YEAR = QT_TRANSLATE_NOOP("Cli", "“{value}” is not a year from {min} to {max}")
BAD_COUNT = QT_TRANSLATE_NOOP("Cli", "“{value}” is not a whole number of at least {min}")
OPTION = QT_TRANSLATE_NOOP("Cli", "{option}: {problem}")
INVALID_CHOICE = QT_TRANSLATE_NOOP("Cli", "{option}: “{value}” is not one of {choices}")
REQUIRED_OPTIONS = QT_TRANSLATE_NOOP("Cli", "these are required: {options}")
UNKNOWN_OPTIONS = QT_TRANSLATE_NOOP("Cli", "not understood: {options}")
NEEDS_VALUE = QT_TRANSLATE_NOOP("Cli", "{option} needs a value")
NOT_A_NUMBER_OPTION = QT_TRANSLATE_NOOP("Cli", "{option}: “{value}” is not a whole number")
YEARS = (1990, 2200)

_translate: Translator = translator("en")


def environment_language() -> str:
    """vi when the environment's language is Vietnamese (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else en."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


def say(message: Msg) -> str:
    """A message in the language of this run (--lang, else the environment's)."""
    return message.render(_translate)


def label_of(name: str, argument: bool = False) -> str:
    """A record field (or, for a command's own values, an argument) named the user's way: `fuel` → Nhiên liệu."""
    first, then = (ARGUMENT_LABELS, FIELD_LABELS) if argument else (FIELD_LABELS, ARGUMENT_LABELS)
    label = first.get(name) or then.get(name)
    return say(label) if label else name


class UserError(Exception):
    """A mistake the user can fix; printed as one line."""


def _print_issues(issues: Sequence[Issue], prefix: Msg = WARNING) -> None:
    for issue in issues:
        print(f"{say(prefix)}: {label_of(issue.field)}: {say(issue.message)}", file=sys.stderr)


def cmd_demo(ws: Workspace, args: argparse.Namespace) -> int:
    codes = fill_demo(ws)
    print(f"Demo data written to {ws.path}: {len(codes)} organizations ({', '.join(codes)}).")
    return 0


def cmd_org_add(ws: Workspace, args: argparse.Namespace) -> int:
    org, notes = ws.add_organization(
        tax_code=args.tax_code,
        name=args.name,
        kind=args.kind,
        province=args.province,
        sector=args.sector,
        address=args.address or "",
        contact_name=args.contact_name or "",
        contact_phone=args.contact_phone or "",
        contact_email=args.contact_email or "",
    )
    _print_issues(notes)
    province = ws.ref.provinces[org.province_code].name
    print(f"Registered {org.tax_code} {org.name} ({org.kind}, {province}).")
    return 0


def _org_dict(ws: Workspace, org: Any) -> dict[str, Any]:
    province = ws.ref.provinces.get(org.province_code)
    return {
        "tax_code": org.tax_code,
        "name": org.name,
        "kind": org.kind,
        "province_code": org.province_code,
        "province": province.name if province else None,
        "sector": org.sector,
        "facilities": [
            {
                "code": f.code,
                "name": f.name,
                "kind": f.kind,
                "province_code": f.province_code or org.province_code,
                "energy_manager": f.energy_manager,
                "energy_manager_certificate": f.energy_manager_certificate,
                "capacity": f.capacity,
                "main_products": f.main_products,
                "last_energy_audit": f.last_energy_audit or None,
                "ghg_listed": f.ghg_listed,
                "sec_norm": f.sec_norm or None,
            }
            for f in ws.organizations.facilities(org.id)
        ],
    }


def cmd_org_list(ws: Workspace, args: argparse.Namespace) -> int:
    orgs = [_org_dict(ws, org) for org in sorted_vietnamese(ws.organizations.all(), key=lambda o: o.name)]
    if args.json:
        print(json.dumps(orgs, ensure_ascii=False, indent=2))
        return 0
    if not orgs:
        print("No organizations yet: add one with `scp-desktop org add` or try `scp-desktop demo`.")
    for org in orgs:
        facilities = ", ".join(f["code"] for f in org["facilities"]) or "—"
        print(f"{org['tax_code']:<14} {org['kind']:<15} {org['province'] or '':<14} {org['name']}  [{facilities}]")
    return 0


ORG_SET = QT_TRANSLATE_NOOP("Cli", "Updated {tax_code} {name}.")
ORG_OPTIONS = ("name", "kind", "province", "sector", "address", "contact_name", "contact_phone", "contact_email")


def cmd_org_set(ws: Workspace, args: argparse.Namespace) -> int:
    changes = {name: getattr(args, name) for name in ORG_OPTIONS if getattr(args, name) is not None}
    org, notes = ws.update_organization(args.org, **changes)
    _print_issues(notes)
    print(say(ORG_SET(tax_code=org.tax_code, name=printable(org.name))))
    return 0


def cmd_org_baseline(ws: Workspace, args: argparse.Namespace) -> int:
    ws.set_baseline(args.org, args.indicator, args.year)
    print(f"Baseline year for {args.indicator} set to {args.year}.")
    return 0


FACILITY_SET = QT_TRANSLATE_NOOP("Cli", "Updated {code} {name}.")
PROFILE_OPTIONS = {
    "name": "name",
    "kind": "kind",
    "province": "province",
    "address": "address",
    "energy_manager": "energy_manager",
    "certificate": "energy_manager_certificate",
    "capacity": "capacity",
    "products": "main_products",
    "last_audit": "last_energy_audit",
    "norm": "sec_norm",
}


def cmd_facility_set(ws: Workspace, args: argparse.Namespace) -> int:
    changes = {
        field: getattr(args, option) for option, field in PROFILE_OPTIONS.items() if getattr(args, option) is not None
    }
    if args.ghg_listed is not None:
        changes["ghg_listed"] = args.ghg_listed == "yes"
    facility, notes = ws.update_facility(args.org, args.code, **changes)
    _print_issues(notes)
    print(say(FACILITY_SET(code=facility.code, name=printable(facility.name))))
    return 0


def printable(text: str) -> str:
    """A name as a terminal shows it safely: control characters escaped, never interpreted."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def cmd_facility_add(ws: Workspace, args: argparse.Namespace) -> int:
    facility = ws.add_facility(args.org, code=args.code, name=args.name, kind=args.kind, address=args.address or "")
    print(f"Added {facility.kind} {facility.code} {facility.name}.")
    return 0


def cmd_import(ws: Workspace, args: argparse.Namespace) -> int:
    from scp_desktop.services.import_sources import Mapping, MappingMistakes
    from scp_desktop.services.importer import AmbiguousNumbers, ImportOptions

    if args.kind == "archive":
        from scp_desktop.services.archive import import_archive

        done = import_archive(ws, Path(args.file))
        print(
            f"{Path(args.file).name}: {', '.join(done.organizations)} — {done.records} records "
            f"({done.created} new), {done.reports} report(s), {done.assessments} assessment(s), "
            f"{done.evidence} evidence file(s) added"
        )
        return 0
    if not args.org:
        raise UserError(say(IMPORT_NEEDS_ORG))
    try:
        mapping = Mapping.from_file(Path(args.mapping)) if args.mapping else Mapping()
    except MappingMistakes as wrong:  # one line per mistake
        for mistake in wrong.mistakes:
            print(f"{say(ERROR)}: {say(NO_MAPPING(file=args.mapping, reason=mistake))}", file=sys.stderr)
        return USER_ERROR
    except (OSError, ValueError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise UserError(say(NO_MAPPING(file=args.mapping, reason=reason))) from None
    if args.number_format:
        mapping.number_format = args.number_format
    skipped_report = Path(args.skipped_report or f"{args.file}.skipped.csv") if args.skip_bad_rows else None
    options = ImportOptions(mapping, args.skip_bad_rows, args.dry_run, skipped_report)
    try:
        report = import_csv(ws, args.kind, args.file, args.org, options)
    except AmbiguousNumbers as ambiguous:
        _print_ambiguous(ambiguous)
        return USER_ERROR
    except ImportRejected as rejected:
        print(say(rejected.message), file=sys.stderr)
        for problem in rejected.problems:
            column = f", {label_of(problem.column)}" if problem.column else ""
            print(f"  {say(LINE(line=problem.line))}{column}: {say(problem.message)}", file=sys.stderr)
        if rejected.bad_rows > len(rejected.problems):
            print(f"  {say(MORE_BAD_ROWS(count=rejected.bad_rows))}", file=sys.stderr)
        return USER_ERROR
    _print_import(report, skipped_report)
    return 0


def _print_ambiguous(ambiguous: Any) -> None:
    print(f"{say(ERROR)}: {say(ambiguous.message)}", file=sys.stderr)
    from scp_desktop.domain.messages import Figure
    from scp_desktop.domain.numbers import readings_of

    for field_name, column, cells in ambiguous.columns:
        for text in cells[:3]:
            vi, en = readings_of(text)
            line = TWO_READINGS(
                column=column, text=text, vi=Figure(vi or 0.0, 6, grouped=False), en=Figure(en or 0.0, 6, grouped=False)
            )
            print(f"  {say(line)}", file=sys.stderr)
        print(f"  {say(SAY_FORMAT(field=field_name))}", file=sys.stderr)


def _print_import(report: Any, skipped_report: Path | None) -> None:
    from scp_desktop.domain.numbers import STYLES

    kind = say(KIND_TITLES[report.kind])
    counts = {
        "file": report.file_name,
        "rows": report.rows,
        "kind": kind,
        "created": report.created,
        "replaced": report.replaced,
        "unchanged": report.unchanged,
    }
    print(say((WOULD_IMPORT if report.dry_run else IMPORTED)(**counts)))
    for field_name, style in report.conventions.items():
        print(f"  {say(READ_AS(column=label_of(field_name), style=STYLES[style]))}")
    for field_name, values in report.mapped_values.items():
        for (value, code), count in values.most_common():
            print(f"  {say(MAPPED(field=label_of(field_name), value=value, code=code, count=count))}")
    for change in report.replacements:
        line = say(
            REPLACES(record=change.record, field=label_of(change.field), old=change.old_shown, new=change.new_shown)
        )
        print(f"  {line} {say(TEN_FOLD) if change.flagged else ''}".rstrip())
    for far in report.outliers:
        print(f"  {say(WARNING)}: {say(FAR(record=far.record, field=label_of(far.column), message=far.message))}")
    if report.skipped:
        print(f"  {say(SKIPPED(count=report.skipped, file=skipped_report))}", file=sys.stderr)
    for warning in report.warnings:
        where = f"{say(LINE(line=warning.line))}, {label_of(warning.column)}"
        print(f"  {say(WARNING)}: {where}: {say(warning.message)}", file=sys.stderr)
    if report.warning_count > len(report.warnings):
        print(f"  {say(MORE_WARNINGS(count=report.warning_count))}", file=sys.stderr)


def _fmt(value: Any, digits: int = 2) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _print_summary(data: Summary) -> None:
    org = data.organization
    print(f"{org.name} ({org.tax_code}), {data.year}")
    energy = data.energy
    if energy:
        grid = energy.grid_factor
        print(
            f"Energy: {_fmt(energy.toe_total, 1)} TOE, Scope-2 CO₂ {_fmt(energy.co2_scope2_t, 1)} t "
            f"(grid factor {grid.t_co2_per_mwh} of {grid.year}{', provisional' if grid.provisional else ''}); "
            f"key energy user: {_fmt(energy.key_energy_user)}"
        )
        for fuel, toe in sorted(energy.toe_by_fuel.items()):
            print(f"  {fuel:<14} {_fmt(toe, 1):>14} TOE")
        for unit, value in energy.toe_per_output_unit.items():
            change = energy.toe_per_output_change_pct.get(unit)
            print(f"  TOE per {unit} of output: {_fmt(value, 4)} ({_fmt(change, 1)} % vs {energy.baseline_year})")
    bags = data.bags
    if bags:
        print(
            f"Bags: {_fmt(bags.nonbio_per_transaction, 3)} non-biodegradable bags per transaction; "
            f"reduction {_fmt(bags.reduction_pct, 1)} % vs {bags.baseline_year} "
            f"(target {_fmt(bags.target_pct, 0)} %, gap {_fmt(bags.gap_pct, 1)} points)"
        )
    for stream, waste in (data.waste or {}).items():
        print(
            f"Waste {stream}: {_fmt(waste.generated_t)} t, recovered {_fmt(waste.recovery_rate_pct, 1)} %"
            f" (target {_fmt(waste.target_pct, 0)} %)"
        )
    if data.water:
        print(f"Water: {_fmt(data.water.total_m3, 1)} m3")
    if data.materials:
        print(f"Materials: {_fmt(data.materials.total_t, 1)} t")
    cp = data.cleaner_production
    if cp:
        print(
            f"Cleaner production: {cp.implemented} of {cp.options} options implemented, "
            f"payback {_fmt(cp.implemented_payback_years, 1)} years"
        )


def cmd_summary(ws: Workspace, args: argparse.Namespace) -> int:
    data = summary(ws, args.org, args.year)
    if args.json:
        print(data.to_json())
    else:
        _print_summary(data)
    return 0


def cmd_finalize(ws: Workspace, args: argparse.Namespace) -> int:
    print(finalize(ws, args.kind, args.org, args.period, args.facility))
    return 0


def cmd_outbox(ws: Workspace, args: argparse.Namespace) -> int:
    reports = [{**r, "field_comments": _comments(r["field_comments"])} for r in ws.reports.all()]
    if args.json:
        print(json.dumps(reports, ensure_ascii=False, indent=2))
        return 0
    if not reports:
        print("The outbox is empty: finalize a period with `scp-desktop finalize`.")
    for r in reports:
        scope = f"{r['tax_code']}/{r['facility']}" if r["facility"] else r["tax_code"]
        note = f" supersedes {r['supersedes']}" if r["supersedes"] else ""
        note += " (superseded)" if r["superseded_by"] else ""
        print(f"{r['submission_id']}  {r['state']:<9} {r['kind']:<10} {r['period']:<8} {scope}{note}")
        for path, comment in sorted((r["field_comments"] or {}).items()):
            print(f"    {escaped(str(path))}: {escaped(str(comment))}")
    return 0


def _comments(stored: str | None) -> dict[str, str] | None:
    """A review's comments by field or criterion, as stored by sync (JSON), or None."""
    try:
        comments = json.loads(stored) if stored else None
    except ValueError:
        return None
    return comments if isinstance(comments, dict) else None


def cmd_report(ws: Workspace, args: argparse.Namespace) -> int:
    from scp_desktop.pdf.reports import build_report  # reportlab loads only for reports

    if args.kind == "assessment" and not args.scheme:
        raise UserError("report assessment needs --scheme (e.g. green-distribution)")
    target = _output(args.output)
    partial = target.with_name(target.name + ".part")  # nothing half-written under the real name
    try:
        if target.suffix.lower() == ".docx":
            _eco_docx(ws, args, partial)
        elif target.suffix.lower() == ".xlsx":
            _xlsx(ws, args, partial)
        else:
            build_report(ws, args.kind, args.org, args.period, partial, args.lang or "vi", args.facility, args.scheme)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    print(f"wrote {target}")
    return 0


def _eco_docx(ws: Workspace, args: argparse.Namespace, target: Path) -> None:
    """`report eco-innovation -o FILE.docx`: the client's project report as an editable Word file."""
    from scp_desktop.domain.periods import parse_period
    from scp_desktop.services.eco_innovation import project_for_report
    from scp_desktop.word.eco_report import write_docx

    if args.kind != "eco-innovation":
        raise UserError("only `report eco-innovation` can be written as .docx; use .pdf")
    project_id = project_for_report(ws, args.org, parse_period(args.period).start_month // 12)
    if project_id is None:
        raise UserError(f"{args.org} has no eco-innovation project: start one on the Eco-innovation page")
    write_docx(ws, project_id, target, args.lang or "vi")


XLSX_KINDS = QT_TRANSLATE_NOOP("Cli", "An XLSX copy is made of the energy report only; write FILE.pdf for {kind}.")


def _xlsx(ws: Workspace, args: argparse.Namespace, target: Path) -> None:
    """The energy report's content as a workbook, to copy figures into the ministry's portal."""
    from scp_desktop.services.energy_report import energy_content
    from scp_desktop.services.report_xlsx import write_xlsx

    if args.kind != "energy":
        raise UserError(say(XLSX_KINDS(kind=args.kind)))
    write_xlsx(energy_content(ws, args.org, args.period, args.lang or "vi", args.facility), target)


def cmd_assess(ws: Workspace, args: argparse.Namespace) -> int:
    from scp_desktop.domain.assessment import bilingual
    from scp_desktop.services.assessments import finalize as finalize_assessment
    from scp_desktop.services.assessments import run_answers_file

    done = run_answers_file(ws, args.org, args.scheme, args.year, Path(args.answers), args.assessor or "")
    if args.finalize:
        done = finalize_assessment(ws, done.id, source="cli")
    result = done.score
    if args.json:
        print(
            json.dumps(
                {
                    "assessment_id": done.id,
                    "scheme": done.criteria.id,
                    "set_version": done.criteria.version,
                    "year": args.year,
                    "state": done.record["state"],
                    "score_pct": result.pct,
                    "passed": result.passed,
                    "mandatory_failed": [r.criterion.id for r in result.mandatory_failed],
                    "sections": {s.section.id: s.pct for s in result.sections},
                    "gaps": [r.criterion.id for r in result.gaps],
                    "content_sha256": done.record["content_sha256"],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    verdict = {True: "passed", False: "not passed", None: "maturity picture, no pass mark"}[result.passed]
    print(f"assessment {done.id} ({done.record['state']}): {result.pct:.1f} % — {verdict}")
    for r in result.gaps:
        flag = " [mandatory]" if r.criterion.mandatory else ""
        print(
            f"  {r.criterion.id}{flag}: {bilingual(r.criterion.text, 'en')} — {r.advice.render() if r.advice else ''}"
        )
    return 0


def _read_password(args: argparse.Namespace) -> str:
    import getpass

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Password: ")
    if not password:
        raise UserError("no password given")
    return password


def cmd_login(ws: Workspace, args: argparse.Namespace) -> int:
    import platform

    from scp_desktop.services.credentials import token_store
    from scp_desktop.services.sync import ServerClient, server_address, set_meta

    server = server_address(args.server)  # refused before the password is asked for
    client = ServerClient(server, ca_bundle=_ca_bundle(args.ca_bundle))
    answer = client.sign_in(args.user, _read_password(args), platform.node())
    secure = token_store().save(server, args.user, answer["token"])
    set_meta(ws, "server_url", server)
    set_meta(ws, "username", args.user)
    organizations = ", ".join(answer.get("organizations") or []) or "none yet"
    print(f"signed in to {server} as {args.user}; reports for: {organizations}")
    if not secure:
        print(
            "warning: no secure credential store on this computer: the token is kept for this process only; "
            "install and unlock a keyring (e.g. gnome-keyring) for scheduled sync",
            file=sys.stderr,
        )
    return 0


def cmd_sync(ws: Workspace, args: argparse.Namespace) -> int:
    from scp_desktop.services.credentials import token_store
    from scp_desktop.services.sync import ServerClient, meta, server_address, sync_once

    # The token travels like the password did: a server named here is held to the same address rule.
    server = server_address(args.server) if args.server else meta(ws, "server_url") or ""
    username = meta(ws, "username")
    if not server or not username:
        raise UserError("no ministry server yet: run `scp-desktop login --server URL --user NAME` first")
    token = token_store().load(server, username)
    if token is None:
        raise UserError(f"not signed in to {server}: run `scp-desktop login --server {server} --user {username}`")
    result = sync_once(ws, ServerClient(server, token, _ca_bundle(args.ca_bundle)), send_everything=True)
    if result.busy:
        from scp_desktop.services.sync import sender

        print(f"{say(ERROR)}: {say(SYNC_RUNNING(holders=sender(ws) or '?'))}", file=sys.stderr)
        return 3
    print(
        f"sent {result.sent} ({result.duplicates} already there), refused {result.failed}, "
        f"waiting {result.waiting}, review outcomes {result.changes}"
        + (f", reference updated: {', '.join(result.reference_updated)}" if result.reference_updated else "")
    )
    if result.auth_required:
        raise UserError(f"the server no longer accepts this sign-in: run `scp-desktop login --server {server}` again")
    if result.error:
        print(f"error: {result.error}; the rest is retried at the next sync", file=sys.stderr)
    return 0 if result.queue_empty else 3


def _backup_folder(args: argparse.Namespace) -> Path:
    from scp_desktop.services.backup import default_backup_folder

    folder = Path(args.to).expanduser() if getattr(args, "to", None) else default_backup_folder()
    if folder.exists() and not folder.is_dir():
        raise UserError(say(NOT_A_FOLDER(path=folder)))
    return folder


def cmd_backup(ws: Workspace, args: argparse.Namespace) -> int:
    from scp_desktop.services.backup import backup, prune

    made = backup(ws.path, _backup_folder(args))
    removed = prune(made.parent, ws.path.stem, args.keep_daily, args.keep_weekly)
    print(f"backed up to {made}" + (f"; {len(removed)} older backup(s) pruned" if removed else ""))
    return 0


def cmd_check(path: Path, _args: argparse.Namespace) -> int:
    problems = check_file(path)
    if not problems:
        print(f"{path}: ok")
        return 0
    print(f"{path} is damaged:", file=sys.stderr)
    for problem in problems[:20]:
        print(f"  {problem}", file=sys.stderr)
    return 1


def cmd_restore(path: Path, args: argparse.Namespace) -> int:
    from scp_desktop.services.backup import describe, newest_sound, restore

    folder = _backup_folder(args)
    if args.newest:
        info = newest_sound(folder, path.stem)
        if info is None:
            raise UserError(f"no sound backup of {path.name} in {folder}")
    elif args.file:
        info = describe(Path(args.file))
    else:
        raise UserError("name a backup FILE, or use --newest")
    kept = restore(info.path, path, folder)
    print(f"restored {path} from {info.path} ({info.taken_at or 'unknown date'}; latest period {info.latest_period})")
    if kept:
        print(f"the previous state is kept in {kept}")
    return 0


def cmd_export(ws: Workspace, args: argparse.Namespace) -> int:
    from scp_desktop.domain.records import RecordQuery
    from scp_desktop.services.archive import export_archive
    from scp_desktop.services.export import export_table

    target = _output(args.output)
    if args.what == "archive":
        codes = export_archive(ws, target, args.org or None)
        print(f"wrote {target}: {', '.join(codes)}")
        return 0
    if not args.org or len(args.org) != 1:
        raise UserError("export of a table needs one --org TAX_CODE")
    org = ws.organization(args.org[0])
    assert org.id is not None
    facility_id = ws.facility_id(org, args.facility) if args.facility else None
    query = RecordQuery(RECORD_KINDS[args.what], org.id, facility_id, args.year, args.month if args.year else None)
    count = export_table(ws, query, target, args.lang or "vi")
    print(f"wrote {target}: {count} rows")
    return 0


def _whole(text: str) -> int | None:
    stripped = text.strip()
    return int(stripped) if re.fullmatch(r"[+-]?\d{1,9}", stripped) else None


def _year(text: str) -> int:
    value = _whole(text)
    if value is None or not YEARS[0] <= value <= YEARS[1]:
        raise argparse.ArgumentTypeError(say(BAD_YEAR(value=text, min=YEARS[0], max=YEARS[1])))
    return value


def _month(text: str) -> int:
    value = _whole(text)
    if value is None or not 1 <= value <= 12:
        raise argparse.ArgumentTypeError(say(BAD_MONTH(value=text)))
    return value


def _count(text: str) -> int:
    value = _whole(text)
    if value is None or value < 0:
        raise argparse.ArgumentTypeError(say(BAD_COUNT(value=text, min=0)))
    return value


class _Parser(argparse.ArgumentParser):
    """argparse whose mistakes are one translated line (UserError), not its usage text in English."""

    def error(self, message: str) -> NoReturn:
        raise UserError(_argparse_message(message))


def _argparse_message(message: str) -> str:
    """argparse's own messages (Python's English) in the reader's language."""
    argument = re.fullmatch(r"argument (\S+?): (.*)", message, re.S)
    if argument:
        option, problem = argument.groups()
        if choice := re.fullmatch(r"invalid choice: (.*) \(choose from (.*)\)", problem, re.S):
            return say(INVALID_CHOICE(option=option, value=choice[1].strip("'"), choices=choice[2]))
        if number := re.fullmatch(r"invalid int value: (.*)", problem, re.S):
            return say(NOT_A_NUMBER_OPTION(option=option, value=number[1].strip("'")))
        if problem.startswith("expected one argument"):
            return say(NEEDS_VALUE(option=option))
        return say(OPTION(option=option, problem=problem))  # our own type checks' messages, already translated
    if required := re.fullmatch(r"the following arguments are required: (.*)", message, re.S):
        return say(REQUIRED_OPTIONS(options=required[1]))
    if unknown := re.fullmatch(r"unrecognized arguments: (.*)", message, re.S):
        return say(UNKNOWN_OPTIONS(options=unknown[1]))
    return message


def _output(text: str) -> Path:
    """A file to write: refused at once when it is a folder or its folder does not exist."""
    path = Path(text).expanduser()
    if path.is_dir():
        raise UserError(say(IS_A_FOLDER(path=path)))
    if not path.parent.is_dir():
        raise UserError(say(NO_FOLDER(path=path.parent)))
    return path


def _ca_bundle(text: str | None) -> str | None:
    if text is not None and not Path(text).is_file():
        raise UserError(say(NO_CA_BUNDLE(path=text)))
    return text


class _Escaping:
    """An output stream that shows control, format and lone surrogate characters escaped (`\\u001b`):
    a name or file name cannot rewrite the terminal, reorder a line or fail to print."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(escaped(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _language(argv: Sequence[str]) -> str:
    """--lang's value if given (before parsing, so that parsing mistakes are in it too), else the environment's."""
    for index, word in enumerate(argv):
        if word == "--lang" and index + 1 < len(argv) and argv[index + 1] in ("vi", "en"):
            return argv[index + 1]
        if word in ("--lang=vi", "--lang=en"):
            return word[-2:]
    return environment_language()


def _is_busy(error: sqlite3.Error) -> bool:
    return isinstance(error, sqlite3.OperationalError) and ("locked" in str(error) or "busy" in str(error))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="scp-desktop", description="SCP Desktop: sustainable production reporting.")
    parser.add_argument("--version", action="version", version=f"scp-desktop {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the main window offscreen, visit every page in both languages, make and undo one edit, then exit",
    )
    parser.add_argument(
        "--workspace", metavar="PATH", help="workspace file (default: $SCP_DESKTOP_WORKSPACE or the user data folder)"
    )
    parser.add_argument("--lang", choices=["vi", "en"], help="language of the messages (default: the environment's)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill the workspace with the demo data")
    demo.set_defaults(handler=cmd_demo)

    org = commands.add_parser("org", help="organizations").add_subparsers(dest="org_command", required=True)
    add = org.add_parser("add", help="register an organization")
    add.add_argument("--tax-code", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--kind", required=True, help=f"{', '.join(ORG_KINDS)} (or its Vietnamese name)")
    add.add_argument("--province", required=True, help="official name (diacritics and case optional) or code")
    add.add_argument("--sector", help="VSIC 2018 section or code, e.g. C or 13 or C1311")
    add.add_argument("--address")
    add.add_argument("--contact-name")
    add.add_argument("--contact-phone")
    add.add_argument("--contact-email")
    add.set_defaults(handler=cmd_org_add)
    listing = org.add_parser("list", help="list organizations")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_org_list)
    oset = org.add_parser("set", help="rename an organization or change its kind, province, sector or contact")
    oset.add_argument("--org", required=True, metavar="TAX_CODE")
    oset.add_argument("--name")
    oset.add_argument("--kind", help=f"{', '.join(ORG_KINDS)} (or its Vietnamese name)")
    oset.add_argument("--province", help="official name (diacritics and case optional) or code")
    oset.add_argument("--sector", help="VSIC 2018 section or code; an empty value clears it")
    oset.add_argument("--address")
    oset.add_argument("--contact-name")
    oset.add_argument("--contact-phone")
    oset.add_argument("--contact-email")
    oset.set_defaults(handler=cmd_org_set)
    baseline = org.add_parser("baseline", help="set the baseline year of an indicator")
    baseline.add_argument("--org", required=True, metavar="TAX_CODE")
    baseline.add_argument("--indicator", required=True, choices=BASELINE_INDICATORS)
    baseline.add_argument("--year", required=True, type=_year)
    baseline.set_defaults(handler=cmd_org_baseline)

    facility = commands.add_parser("facility", help="facilities and stores").add_subparsers(
        dest="facility_command", required=True
    )
    fadd = facility.add_parser("add", help="add a facility or store to an organization")
    fadd.add_argument("--org", required=True, metavar="TAX_CODE")
    fadd.add_argument("--code", required=True)
    fadd.add_argument("--name", required=True)
    fadd.add_argument("--kind", required=True, help=f"{', '.join(FACILITY_KINDS)} (or its Vietnamese name)")
    fadd.add_argument("--address")
    fadd.set_defaults(handler=cmd_facility_add)
    fset = facility.add_parser("set", help="rename a facility, change its kind or its profile (an empty value clears)")
    fset.add_argument("--org", required=True, metavar="TAX_CODE")
    fset.add_argument("--code", required=True)
    fset.add_argument("--name")
    fset.add_argument("--kind")
    fset.add_argument("--province", help="its province when not the organization's (name or code)")
    fset.add_argument("--address")
    fset.add_argument("--energy-manager", dest="energy_manager")
    fset.add_argument("--certificate", help="the energy manager's certificate: number and date")
    fset.add_argument("--capacity", help='as the facility states it, e.g. "12.000 tấn vải/năm"')
    fset.add_argument("--products", help="main products")
    fset.add_argument("--last-audit", dest="last_audit", metavar="DATE", help="date of the last energy audit")
    fset.add_argument("--ghg-listed", dest="ghg_listed", choices=["yes", "no"], help="on the published GHG list")
    fset.add_argument("--norm", help="MOIT energy norm code (see the energy_norms reference data)")
    fset.set_defaults(handler=cmd_facility_set)

    imp = commands.add_parser("import", help="import a CSV or XLSX file, all or nothing")
    imp.add_argument("kind", choices=[*RECORD_KINDS, "archive"], help="a record kind, or archive (from export archive)")
    imp.add_argument("file", help="CSV (any delimiter; UTF-8, Windows-1258 or -1252), XLSX, or an archive")
    imp.add_argument("--org", metavar="TAX_CODE", help="the organization (not for an archive)")
    imp.add_argument(
        "--mapping", metavar="FILE", help="JSON: columns, constants, header_row, sheet, number/date format"
    )
    imp.add_argument("--skip-bad-rows", action="store_true", help="import the good rows; list the bad ones in a report")
    imp.add_argument("--skipped-report", metavar="FILE", help="where the skipped rows go (default: FILE.skipped.csv)")
    imp.add_argument("--dry-run", action="store_true", help="check and count what would change, save nothing")
    imp.add_argument(
        "--number-format", choices=["vi", "en"], help="every number column is written 1.234,5 (vi) or 1,234.5 (en)"
    )
    imp.set_defaults(handler=cmd_import)

    fin = commands.add_parser("finalize", help="freeze a period's records into a report queued for sending")
    fin.add_argument("kind", choices=list(RECORD_KINDS))
    fin.add_argument("--org", required=True, metavar="TAX_CODE")
    fin.add_argument("--period", required=True, help="2025, 2025-Q3 or 2025-07")
    fin.add_argument("--facility", metavar="CODE", help="one facility or store (default: the whole organization)")
    fin.set_defaults(handler=cmd_finalize)

    out = commands.add_parser("outbox", help="every report with its state")
    out.add_argument("--json", action="store_true")
    out.set_defaults(handler=cmd_outbox)

    summ = commands.add_parser("summary", help="an organization's indicators for a year")
    summ.add_argument("--org", required=True, metavar="TAX_CODE")
    summ.add_argument("--year", required=True, type=_year)
    summ.add_argument("--json", action="store_true")
    summ.set_defaults(handler=cmd_summary)

    rep = commands.add_parser("report", help="write a PDF report")
    rep.add_argument("kind", choices=list(REPORT_KINDS))
    rep.add_argument("--org", required=True, metavar="TAX_CODE")
    rep.add_argument("--period", required=True, help="the year, e.g. 2025")
    rep.add_argument("--facility", metavar="CODE", help="one facility or store (default: the whole organization)")
    rep.add_argument("--scheme", help="for `assessment`: green-distribution, sustainable-export, …")
    rep.add_argument("--lang", choices=["vi", "en"], help="the report's language, and the messages' (default vi)")
    rep.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE.pdf",
        help="FILE.xlsx for the energy report as a workbook; FILE.docx for eco-innovation (Word)",
    )
    rep.set_defaults(handler=cmd_report)

    ass = commands.add_parser("assess", help="run a self-assessment from an answers file (JSON)")
    ass.add_argument("scheme")
    ass.add_argument("--org", required=True, metavar="TAX_CODE")
    ass.add_argument("--year", required=True, type=_year)
    ass.add_argument("--answers", required=True, metavar="FILE.json", help='{"A2": "yes", "A4": {"value": …}}')
    ass.add_argument("--assessor", help="the consultant's name (eco-innovation)")
    ass.add_argument("--finalize", action="store_true", help="finalize (lock) the assessment")
    ass.add_argument("--json", action="store_true")
    ass.set_defaults(handler=cmd_assess)

    login = commands.add_parser("login", help="sign in to the ministry server; the token goes to the OS keyring")
    login.add_argument("--server", required=True, metavar="URL")
    login.add_argument("--user", required=True)
    login.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    login.add_argument("--ca-bundle", metavar="PEM", help="trust this CA (a ministry server with its own CA)")
    login.set_defaults(handler=cmd_login)

    sync = commands.add_parser("sync", help="send the outbox, pull review outcomes and reference data")
    sync.add_argument("--server", metavar="URL", help="default: the server of the last login")
    sync.add_argument("--ca-bundle", metavar="PEM")
    sync.set_defaults(handler=cmd_sync)

    exp = commands.add_parser("export", help="a record table as CSV/XLSX, or organizations as an archive")
    exp.add_argument("what", choices=[*RECORD_KINDS, "archive"])
    exp.add_argument("--org", action="append", metavar="TAX_CODE", help="(repeatable for an archive; default: all)")
    exp.add_argument("--facility", metavar="CODE")
    exp.add_argument("--year", type=_year)
    exp.add_argument("--month", type=_month)
    exp.add_argument("--lang", choices=["vi", "en"], help="the headers' language, and the messages' (default vi)")
    exp.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=".csv or .xlsx for a table, .zip for an archive"
    )
    exp.set_defaults(handler=cmd_export)

    back = commands.add_parser(
        "backup", help="back up the workspace (SQLite online backup), keeping 7 daily + 4 weekly"
    )
    back.add_argument("--to", metavar="FOLDER", help="backup folder (default: the user data folder's backups/)")
    back.add_argument("--keep-daily", type=_count, default=7, metavar="N", help="daily backups kept (default 7)")
    back.add_argument("--keep-weekly", type=_count, default=4, metavar="N", help="weekly backups kept (default 4)")
    back.set_defaults(handler=cmd_backup)

    chk = commands.add_parser("check", help="check the workspace file for damage")
    chk.set_defaults(handler=cmd_check, file_level=True)

    res = commands.add_parser("restore", help="replace the workspace with a backup (the current state is kept)")
    res.add_argument("file", nargs="?", metavar="FILE")
    res.add_argument("--newest", action="store_true", help="the newest sound backup in the backup folder")
    res.add_argument("--to", metavar="FOLDER", help="the backup folder (default: the user data folder's backups/)")
    res.set_defaults(handler=cmd_restore, file_level=True)
    _every_command_takes_lang(parser)
    return parser


def _every_command_takes_lang(parser: argparse.ArgumentParser) -> None:
    """`--lang vi|en` for the messages of any command, before or after its name (default: the environment's)."""
    if not any("--lang" in action.option_strings for action in parser._actions):
        parser.add_argument("--lang", choices=["vi", "en"], default=argparse.SUPPRESS, help="language of the messages")
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _every_command_takes_lang(sub)


def _run(handler: Callable[[Workspace, argparse.Namespace], int], args: argparse.Namespace) -> int:
    path = resolve_workspace_path(args.workspace)
    if getattr(args, "file_level", False):  # check and restore work on the file, damaged or not
        return handler(path, args)  # type: ignore[arg-type]
    try:
        ws = Workspace.open(path)
    except NewerWorkspaceError as error:
        raise UserError(f"Cannot open the workspace {path}: {error}") from None
    except sqlite3.DatabaseError as error:
        if _is_busy(error):
            raise
        raise UserError(
            f"Cannot open the workspace {path}: {error}; `scp-desktop check` says more, "
            "`scp-desktop restore --newest` brings back the newest sound backup"
        ) from None
    with ws:
        return handler(ws, args)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    global _translate
    _translate = translator(_language(argv))
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Escaping(sys.stdout), _Escaping(sys.stderr)  # type: ignore[assignment]
    try:
        return _main(argv, streams)
    finally:
        sys.stdout, sys.stderr = streams


def _main(argv: list[str], streams: tuple[Any, Any]) -> int:
    """Every mistake, OS error or busy workspace ends as one line on stderr and status 2."""
    args = None
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            from scp_desktop.ui.app import run_app, self_test  # the GUI loads Qt only when asked for

            sys.stdout, sys.stderr = streams  # the app logs and shows its own messages
            return self_test(args.workspace) if args.self_test else run_app(args.workspace)
        return _run(args.handler, args)
    except DomainError as error:
        field = f"{label_of(error.field, argument=True)}: " if error.field else ""
        _error_line(f"{field}{say(error.message)}")
    except UserError as error:
        _error_line(str(error))
    except sqlite3.Error as error:
        if _is_busy(error):
            who = ", ".join(holders(resolve_workspace_path(args.workspace if args else None))) or "?"
            _error_line(say(BUSY(holders=who)))
        else:
            _error_line(say(DATABASE_ERROR(reason=error)))
    except OSError as error:  # a folder that is not there, a full disk, no permission …
        reason = error.strerror or str(error)
        _error_line(say(OS_ERROR(path=error.filename, reason=reason)) if error.filename else reason)
    except UnicodeError as error:
        _error_line(say(NOT_TEXT(reason=getattr(error, "reason", error))))
    return USER_ERROR


def _error_line(text: str) -> None:
    print(f"{say(ERROR)}: {' '.join(text.split())}", file=sys.stderr)
