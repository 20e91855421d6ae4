"""The headless CLI end to end: a new user registers, imports a year, reads correct indicators."""

import datetime as dt
import io
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from scp_desktop import __version__
from scp_desktop.services.sync import meta
from scp_desktop.services.workspace import Workspace
from tests.conftest import run_module, write_csv

FACTORY = "0300588569"
CHAIN = "0100234562"
BAG_HEADER = "store,date,transactions,nonbio_count,nonbio_kg,bio_count,bio_kg,paper_count,paper_kg,reusable_sold"


def days(year: int):
    day = dt.date(year, 1, 1)
    while day.year == year:
        yield day
        day += dt.timedelta(days=1)


@pytest.fixture
def registered(cli):
    assert (
        cli(
            "org",
            "add",
            "--tax-code",
            FACTORY,
            "--name",
            "Công ty Dệt Thử",
            "--kind",
            "manufacturer",
            "--province",
            "tp ho chi minh",
            "--sector",
            "13",
        ).code
        == 0
    )
    assert (
        cli(
            "org", "add", "--tax-code", CHAIN, "--name", "Siêu thị Thử", "--kind", "supermarket", "--province", "Hà Nội"
        ).code
        == 0
    )
    assert (
        cli("facility", "add", "--org", FACTORY, "--code", "NM01", "--name", "Nhà máy 1", "--kind", "plant").code == 0
    )
    for store in ("ST01", "ST02"):
        assert cli("facility", "add", "--org", CHAIN, "--code", store, "--name", store, "--kind", "store").code == 0
    return cli


def test_a_year_of_data_gives_hand_computed_indicators(registered, tmp_path: Path) -> None:
    cli = registered
    energy = [f"NM01,2023-{m:02d},electricity,500000,kWh" for m in range(1, 13)]
    energy += [f"NM01,2023-Q{q},do,10,t" for q in range(1, 5)]
    production = [f"NM01,2023-{m:02d},Vải thành phẩm,100,t" for m in range(1, 13)]
    waste = [
        "NM01,2023,plastic,recycled,45",
        "NM01,2023,plastic,landfilled,5",
        "NM01,2023,domestic,composted,30",
        "NM01,2023,domestic,landfilled,20",
    ]
    bags = [f"{s},{d.isoformat()},1000,500,3,100,0.8,50,1,2" for s in ("ST01", "ST02") for d in days(2023)]
    bags += [f"{s},{d.isoformat()},800,1040,6.24,0,0,0,0,0" for s in ("ST01", "ST02") for d in days(2010)]
    files = {
        "energy": write_csv(tmp_path / "energy.csv", "facility,period,fuel,quantity,unit", energy),
        "production": write_csv(tmp_path / "production.csv", "facility,period,product,quantity,unit", production),
        "waste": write_csv(tmp_path / "waste.csv", "facility,period,stream,route,quantity_t", waste),
        "bags": write_csv(tmp_path / "bags.csv", BAG_HEADER, bags),
    }
    for kind, path in files.items():
        org = CHAIN if kind == "bags" else FACTORY
        result = cli("import", kind, str(path), "--org", org)
        assert result.code == 0, result.err
    assert "bags.csv: 1460 rows imported as Bags & packaging: 1460 new, 0 replaced, 0 unchanged." in result.out

    data = json.loads(cli("summary", "--org", FACTORY, "--year", "2023", "--json").out)
    energy_section = data["energy"]
    # 12 × 500,000 kWh × 0.0001543 = 925.8 TOE; 4 × 10 t DO × 1.02 = 40.8 TOE
    assert energy_section["toe_by_fuel"] == pytest.approx({"electricity": 925.8, "do": 40.8})
    assert energy_section["toe_total"] == pytest.approx(966.6)
    # 6,000 MWh × 0.6592 tCO₂/MWh (2023)
    assert energy_section["co2_scope2_t"] == pytest.approx(3955.2)
    # 40.8 TOE of DO × 41.868 GJ/TOE = 1,708.2144 GJ × 74,100 kg CO₂/TJ = 126,578.7 kg
    assert energy_section["co2_scope1_t"] == pytest.approx(126.5787, abs=1e-3)
    assert energy_section["key_energy_user"] is False  # 966.6 < 1,000 TOE for a plant
    (plant,) = energy_section["facilities"]
    assert (plant["code"], plant["name"], plant["toe_total"]) == ("NM01", "Nhà máy 1", pytest.approx(966.6))
    # 3,955.2 + 126.6 t ≥ 3,000 t CO₂e: the one plant must make a GHG inventory, though it is no key energy user
    assert plant["ghg_inventory_required"] is True and plant["ghg_criteria_met"] == ["t_co2e"]
    assert energy_section["ghg_inventory_required"] is True
    assert energy_section["toe_per_output_unit"]["t"] == pytest.approx(966.6 / 1200)
    plastic, domestic = data["waste"]["plastic"], data["waste"]["domestic"]
    assert (plastic["generated_t"], plastic["recovered_t"], plastic["recovery_rate_pct"]) == (50, 45, 90.0)
    assert plastic["target_pct"] == 90.0
    assert plastic["target_rate_pct"] == 90.0 and plastic["target_routes"] == ["recycled"]  # recycled only
    assert domestic["recovery_rate_pct"] == pytest.approx(60.0) and domestic["target_pct"] == 85.0
    assert domestic["target_rate_pct"] == pytest.approx(60.0)  # composting counts for domestic waste
    assert data["bags"] is None and data["water"] is None  # no data: null, never zeros
    assert data["organization"] == {
        "tax_code": FACTORY,
        "name": "Công ty Dệt Thử",
        "kind": "manufacturer",
        "province_code": "79",
        "province": "Hồ Chí Minh",
        "sector": "C13",
    }

    bags_section = json.loads(cli("summary", "--org", CHAIN, "--year", "2023", "--json").out)["bags"]
    assert bags_section["baseline_year"] == 2010
    assert bags_section["transactions"] == 2 * 365 * 1000 and bags_section["nonbio_count"] == 2 * 365 * 500
    assert bags_section["nonbio_per_transaction"] == pytest.approx(0.5)
    assert bags_section["baseline_nonbio_per_transaction"] == pytest.approx(1.3)
    assert bags_section["reduction_pct"] == pytest.approx(100 * (1 - 0.5 / 1.3))  # 61.54 %
    assert bags_section["target_pct"] == 65.0
    assert bags_section["nonbio_kg_per_1000_transactions"] == pytest.approx(3.0)

    text = cli("summary", "--org", CHAIN, "--year", "2023").out
    assert "reduction 61.5 % vs 2010 (target 65 %" in text


def test_reimport_replaces_and_reports(registered, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "e.csv", "facility,period,fuel,quantity,unit", ["NM01,2023-01,electricity,100,kWh"])
    assert registered("import", "energy", str(path), "--org", FACTORY).code == 0
    again = registered("import", "energy", str(path), "--org", FACTORY)
    assert "0 new, 0 replaced, 1 unchanged" in again.out


def test_bad_import_lists_rows_and_exits_2(registered, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "e.csv",
        "facility,period,fuel,quantity,unit",
        ["NM01,2023-01,electricity,100,kWh", "NM01,2023-02,electricity,-1,kWh", "NM02,2023-03,do,1,t"],
    )
    result = registered("import", "energy", str(path), "--org", FACTORY)
    assert result.code == 2
    lines = result.err.splitlines()
    assert lines[0] == "e.csv: 2 bad row(s); nothing was imported. Fix them and import the file again."
    assert lines[1].startswith("  line 3, Quantity: A quantity cannot be negative")
    assert lines[2].startswith("  line 4, Facility: Công ty Dệt Thử has no facility or store with code “NM02”")
    assert "Traceback" not in result.err
    vietnamese = registered("--lang", "vi", "import", "energy", str(path), "--org", FACTORY).err.splitlines()
    assert vietnamese[0] == "e.csv: 2 dòng lỗi; chưa nhập dòng nào. Hãy sửa rồi nhập lại tệp."
    assert vietnamese[1] == "  dòng 3, Số lượng: Số lượng không được âm (-1)."


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (
            ("org", "add", "--tax-code", "0300588568", "--name", "X", "--kind", "other", "--province", "01"),
            "error: Tax code: The last digit should be 9, not 8",
        ),
        (
            ("org", "add", "--tax-code", "0300588569", "--name", "X", "--kind", "other", "--province", "Atlantis"),
            "error: Province: “Atlantis” is not a province",
        ),
        (
            ("summary", "--org", "0100234562", "--year", "2023"),
            "error: Organization: No organization with tax code 0100234562",
        ),
        (("import", "energy", "/nonexistent.csv", "--org", "0300588569"), "error: Organization: No organization"),
        (
            ("facility", "add", "--org", "0300588569", "--code", "bad code!", "--name", "X", "--kind", "plant"),
            "error: Organization: No organization",
        ),
    ],
)
def test_user_mistakes_give_one_line_and_status_2(cli, args, fragment: str) -> None:
    result = cli(*args)
    assert result.code == 2
    assert result.err.startswith(fragment)
    assert len(result.err.strip().splitlines()) == 1


def test_bad_facility_code_is_one_line(registered) -> None:
    result = registered("facility", "add", "--org", FACTORY, "--code", "bad code!", "--name", "X", "--kind", "plant")
    assert result.code == 2 and result.err.startswith("error: Code: A facility code has 1–20 letters")


def test_missing_file_is_one_line(registered) -> None:
    result = registered("import", "energy", "/nonexistent.csv", "--org", FACTORY)
    assert result.code == 2 and result.err.startswith("error: Cannot read /nonexistent.csv")


def test_org_list_json(registered) -> None:
    orgs = json.loads(registered("org", "list", "--json").out)
    assert [o["tax_code"] for o in orgs] == [FACTORY, CHAIN]
    assert [f["code"] for f in orgs[1]["facilities"]] == ["ST01", "ST02"]


def test_workspace_from_environment_and_module_entry(tmp_path: Path) -> None:
    path = tmp_path / "env.sqlite"
    result = run_module("demo", env={"SCP_DESKTOP_WORKSPACE": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()
    listed = run_module("--workspace", str(path), "org", "list", "--json")
    assert len(json.loads(listed.stdout)) == 6
    assert run_module("--version").stdout.strip() == f"scp-desktop {__version__}"


def test_argument_errors_exit_2_in_one_translated_line(cli) -> None:
    result = cli("org", "add", "--tax-code", "1")
    assert result.code == 2
    assert result.err == "error: these are required: --name, --kind, --province\n"
    vietnamese = cli("--lang", "vi", "export", "bags", "--org", "0100234562", "--month", "13", "-o", "x.csv")
    assert vietnamese.code == 2 and len(vietnamese.err.splitlines()) == 1
    assert vietnamese.err.startswith("lỗi: --month: ")


def test_not_a_workspace_is_refused_clearly(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    result = run_module("--workspace", str(junk), "org", "list")
    assert result.returncode == 2
    assert result.stderr.startswith("error: Cannot open the workspace")
    assert "Traceback" not in result.stderr


def test_org_set_renames_and_moves_an_organization_and_refuses_at_the_field(cli) -> None:
    assert (
        cli(
            "org", "add", "--tax-code", "0310500027", "--name", "Cty A", "--kind", "manufacturer", "--province", "79"
        ).code
        == 0
    )
    done = cli(
        "org",
        "set",
        "--org",
        "0310500027",
        "--name",
        "Công ty Dệt A",
        "--province",
        "Đồng Nai",
        "--sector",
        "c13",
        "--contact-email",
        "a@cty.vn",
    )
    assert done.code == 0 and "Updated 0310500027 Công ty Dệt A." in done.out
    listed = json.loads(cli("org", "list", "--json").out)
    (org,) = listed
    assert (org["name"], org["province_code"], org["sector"]) == ("Công ty Dệt A", "75", "C13")
    refused = cli("org", "set", "--org", "0310500027", "--contact-email", "not-an-address")
    assert refused.code == 2 and "not an e-mail address" in refused.err
    assert json.loads(cli("org", "list", "--json").out)[0]["name"] == "Công ty Dệt A"
    assert cli("org", "set", "--org", "0310500027", "--tax-code", "0310500034").code == 2  # the identity stays


@pytest.fixture
def password_on_stdin(monkeypatch: pytest.MonkeyPatch) -> io.StringIO:
    stdin = io.StringIO("s3cret\n")
    monkeypatch.setattr("sys.stdin", stdin)
    return stdin


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A loopback port held but never listened on: a connection to it is refused at once, every time."""
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        yield held.getsockname()[1]


def test_login_refuses_plain_http_to_another_computer_before_asking_the_password(
    cli, password_on_stdin: io.StringIO, workspace_path: Path
) -> None:
    result = cli("login", "--server", "http://scp.moit.gov.vn", "--user", "chain", "--password-stdin")
    assert result.code == 2
    assert result.err == (
        "error: Server address: The address must begin with https:// so that your password travels encrypted.\n"
    )
    vietnamese = cli(
        "--lang", "vi", "login", "--server", "http://192.168.1.20:8000", "--user", "chain", "--password-stdin"
    )
    assert vietnamese.code == 2
    assert vietnamese.err == (
        "lỗi: Địa chỉ máy chủ: Địa chỉ phải bắt đầu bằng https:// để mật khẩu của bạn được mã hóa khi gửi đi.\n"
    )
    assert password_on_stdin.tell() == 0  # the password was never read, let alone sent
    with Workspace.open(workspace_path) as ws:
        assert meta(ws, "server_url") is None and meta(ws, "username") is None


@pytest.mark.parametrize("server", ["http://localhost:{port}/", "https://127.0.0.1:{port}"])
def test_login_accepts_https_and_plain_http_on_this_computer(
    cli, password_on_stdin: io.StringIO, closed_port: int, server: str
) -> None:
    result = cli("login", "--server", server.format(port=closed_port), "--user", "chain", "--password-stdin")
    # Past the address check: the password was read and the sign-in went to the address, where nobody listens.
    assert password_on_stdin.tell() == len("s3cret\n")
    assert result.code == 2
    assert result.err == "error: Server address: The server cannot be reached: ConnectionError\n"


def test_sync_refuses_a_plain_http_server_to_another_computer(cli) -> None:
    result = cli("sync", "--server", "http://scp.moit.gov.vn")
    assert result.code == 2 and result.err.startswith("error: Server address: The address must begin with https://")
