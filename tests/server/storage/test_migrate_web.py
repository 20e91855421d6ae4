"""Revision 0005 (the reviewer web app) on a database holding revision 0004's data, on both
engines: provinces typed as names become their official codes, every row survives, and a downgrade
and an upgrade again give exactly the declared tables."""

from __future__ import annotations

from sqlalchemy import select, text

from scp_ministry_server.storage import migrate, tables
from tests.server.storage.test_migrate import differences, upgraded_from_0001


def test_the_web_revision_keeps_the_data_and_codes_the_provinces(database, tmp_path) -> None:
    storage = upgraded_from_0001(database, tmp_path)
    migrate.downgrade(storage.engine, "0004")
    with storage.write() as db:
        db.execute(text("INSERT INTO organizations (tax_code, name, province, sector, kind, created_at) "
                        "SELECT '0300588569', 'Dệt may', 'Hồ Chí Minh', 'C13', 'manufacturer', created_at "
                        "FROM organizations LIMIT 1"))  # fmt: skip
    assert migrate.upgrade(storage.engine) == ("0004", migrate.head())
    assert differences(storage) == []
    with storage.read() as db:
        provinces = dict(db.execute(select(tables.organizations.c.tax_code, tables.organizations.c.province)).all())
        states = dict(db.execute(select(tables.submissions.c.submission_id, tables.submissions.c.state)).all())
        reviewer = db.execute(select(tables.users.c.province, tables.users.c.is_admin).where(
            tables.users.c.username == "reviewer")).one()  # fmt: skip
    assert provinces == {"0100234562": "01", "0300588569": "79"}
    assert states == {"s1": "superseded", "s2": "accepted"}
    assert reviewer.province is None and not reviewer.is_admin  # a national reviewer, as before
    migrate.downgrade(storage.engine, "0004")
    migrate.upgrade(storage.engine)
    assert differences(storage) == []
    storage.close()
