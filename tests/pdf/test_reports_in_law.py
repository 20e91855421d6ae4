"""Reports whose statements hold in law, read back from the PDF: a steel mill and a store of one enterprise,
every expected figure worked out by hand from the legal factors and thresholds (not by the code under test).

Hand calculations (2025; the 2023 grid factor 0.6592 t CO₂/MWh is the latest published, so provisional):
- NM01 electricity 6,000,000 kWh × 0.0001543 = 925.80 TOE; Scope 2 = 6,000 MWh × 0.6592 = 3,955.2 t
- NM01 coal grade 3-4 1,000 t × 0.60 = 600.00 TOE; Scope 1 = 600 × 41.868 GJ × 98,300 kg/TJ = 2,469.4 t
- NM01 rooftop solar 500,000 kWh × 0.0001543 = 77.15 TOE, renewable, no Scope 2
- NM01 total 1,602.95 TOE ≥ 1,000 (plant): a key energy user; 6,424.6 t ≥ 3,000 t: GHG inventory
- NM01 10,000 t billet: 1,602.95 × 41,868 MJ ÷ 10,000 t = 6,711 MJ/t against the EAF-billet norm 2,500 MJ/t
  (Circular 20/2016, 2021-2025): 168.4 % above it
- ST01 electricity 1,000,000 kWh = 154.30 TOE (< 500 for a store); 659.2 t: no duty
"""

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from scp_desktop.pdf.reports import build_report
from scp_desktop.services.importer import import_csv
from scp_desktop.services.workspace import Workspace

MILL = "0300588569"
TODAY = dt.date(2026, 11, 24)


def write(path: Path, header: str, rows: list[str]) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def mill(tmp_path_factory) -> Workspace:
    folder = tmp_path_factory.mktemp("law")
    ws = Workspace.open(folder / "ws.sqlite")
    ws.add_organization(
        tax_code=MILL,
        name="Công ty Thép Thử",
        kind="manufacturer",
        province="79",
        sector="24",
        contact_name="Lê Thị Hoa",
    )
    ws.add_facility(MILL, code="NM01", name="Nhà máy phôi thép Hiệp Phước", kind="plant")
    ws.add_facility(MILL, code="ST01", name="Cửa hàng giới thiệu sản phẩm", kind="store")
    ws.update_facility(
        MILL,
        "NM01",
        today=TODAY,
        energy_manager="Nguyễn Văn An",
        energy_manager_certificate="QLNL-0123, 12/05/2022",
        capacity="12.000 tấn phôi/năm",
        main_products="Phôi thép lò điện hồ quang",
        sec_norm="steel_eaf_billet",
        province="Đồng Nai",
    )
    energy = [f"NM01,2025-{m:02d},electricity,500000,kWh,900000000" for m in range(1, 13)]
    energy += ["NM01,2025,coal_3_4,1000,t,", "NM01,2025,self_generated,500000,kWh,", "ST01,2025,electricity,1000,MWh,"]
    files = {
        "energy": write(folder / "e.csv", "facility,period,fuel,quantity,unit,cost_vnd", energy),
        "production": write(folder / "p.csv", "facility,period,product,quantity,unit", ["NM01,2025,Phôi thép,10000,t"]),
        "waste": write(
            folder / "w.csv",
            "facility,period,stream,route,quantity_t",
            [
                "NM01,2025,plastic,reused,10",
                "NM01,2025,plastic,recycled,20",
                "NM01,2025,plastic,energy_recovered,30",
                "NM01,2025,plastic,landfilled,40",
                "ST01,2025,paper,recycled,7",
            ],
        ),
        "cp-options": write(
            folder / "cp.csv",
            "facility,code,process_step,category,description,feasibility,status,investment_vnd,annual_savings_vnd,"
            "lifetime_years",
            [
                "NM01,CP01,Lò điện,equipment_modification,Biến tần quạt hút bụi,implement_now,implemented,"
                "100000000,40000000,5",
                "NM01,CP02,Cán,technology_change,Thu hồi nhiệt khí thải,study_further,planned,900000000,150000000,",
            ],
        ),
    }
    for kind, path in files.items():
        import_csv(ws, kind, path, MILL, today=TODAY)
    yield ws
    ws.close()


def pages(path: Path) -> list[str]:
    return [" ".join(unicodedata.normalize("NFC", page.extract_text()).split()) for page in PdfReader(path).pages]


# Words that may stand in a Vietnamese report although they are not Vietnamese: units, acronyms, names.
NOT_ENGLISH = {
    "MST",
    "TOE",
    "kWh",
    "MWh",
    "GJ",
    "TJ",
    "MJ",
    "CO",
    "CH",
    "IPCC",
    "VSIC",
    "SHA",
    "QR",
    "NPV",
    "IRR",
    "SCP",
    "Desktop",
    "dataenergy",
    "vn",
    "BCT",
    "KHCN",
    "BTNMT",
    "TTg",
    "CP",
    "NM",
    "ST",
    "QLNL",
    "EAF",
    "DO",
    "FO",
    "LPG",
    "BOF",
    "compost",
    "QH",
    "antraxit",
    "Tân",
    "Tạo",
    "kg",
    "ha",
    "tCO",
}
ENGLISH_WORDS = re.compile(
    r"\b(the|of|and|Scope|Report|Facility|facility|None|True|False|finalized|draft|yes|no|"
    r"Total|page|Page|Energy|emissions|unit|year)\b"
)


def test_the_annual_energy_report_carries_each_section_the_records_fill(mill, tmp_path) -> None:
    target = tmp_path / "nang-luong.pdf"
    build_report(mill, "energy", MILL, "2025", target, "vi", facility="NM01")
    body = " ".join(pages(target))
    # addressed to the facility's own province (Đồng Nai), not the head office's (Hồ Chí Minh)
    assert "Kính gửi: Sở Công Thương Tỉnh Đồng Nai" in body
    for text in (
        "Nhà máy phôi thép Hiệp Phước (NM01)",
        "Nguyễn Văn An",
        "QLNL-0123, 12/05/2022",
        "12.000 tấn phôi/năm",
        "Lê Thị Hoa",
        "C24",  # the sector, with its label, never "None"
    ):
        assert text in body, text
    assert "925,80" in body and "600,00" in body and "77,15" in body and "1.602,95" in body  # TOE by fuel
    assert "10.800.000.000" in body  # the year's electricity cost, 12 × 900,000,000 VND
    assert "3.955,2" in body and "2.469,4" in body and "6.424,6" in body  # Scope 2, Scope 1, both
    assert "tạm tính" in body  # the 2025 grid factor is the 2023 one, provisional
    assert "có: 1.602,9 TOE, ngưỡng 1.000 TOE đối với nhà máy" in body or "có: 1.603,0 TOE" in body
    assert "đáp ứng tiêu chí: phát thải từ 3.000 tấn CO₂tđ trở lên; tiêu thụ năng lượng từ 1.000 TOE trở lên" in body
    assert "6.711 MJ/t" in body and "2.500 MJ/t" in body and "cao hơn định mức 168,4 %" in body
    assert "Biến tần quạt hút bụi" in body and "Thu hồi nhiệt khí thải" in body  # done, and planned
    assert "Cửa hàng giới thiệu sản phẩm" not in body  # a facility-scoped report shows that facility alone
    assert "None" not in body and "null" not in body


def test_a_store_of_the_same_enterprise_carries_no_duty_of_the_mill(mill, tmp_path) -> None:
    target = tmp_path / "toan-doanh-nghiep.pdf"
    build_report(mill, "energy", MILL, "2025", target, "vi")
    text = pages(target)
    overview = text[0]
    assert "Nhà máy phôi thép Hiệp Phước (NM01) 1.602,9" in overview or "(NM01) 1.603,0" in overview
    assert "Cửa hàng giới thiệu sản phẩm (ST01) 154,3 không 659,2 không" in overview
    store_part = " ".join(text).split("Kính gửi: Sở Công Thương Thành phố Hồ Chí Minh")[1]
    assert "không: 154,3 TOE, dưới ngưỡng 500 TOE đối với cửa hàng (công trình xây dựng)" in store_part


def test_a_vietnamese_report_has_no_english_or_python_words(mill, tmp_path) -> None:
    for kind in ("energy", "waste", "cp-options"):
        target = tmp_path / f"{kind}.pdf"
        build_report(mill, kind, MILL, "2025", target, "vi")
        for number, page in enumerate(pages(target), start=1):
            found = [m.group(0) for m in ENGLISH_WORDS.finditer(page)]
            assert not found, (kind, number, found)


def test_the_waste_report_counts_each_target_on_its_own_basis(mill, tmp_path) -> None:
    target = tmp_path / "chat-thai.pdf"
    build_report(mill, "waste", MILL, "2025", target, "vi", facility="NM01")
    body = " ".join(pages(target))
    # plastic: 60 of 100 t recovered on any route, but the 90 % target counts recycling only: 20 %, 70 points short
    assert "Nhựa 100,00 60,0 20,0 90 70,0 Tái chế" in body
    assert "Giấy" not in body.split("Hình thức xử lý")[0]  # the store's paper is not the mill's


def test_the_cp_register_gives_npv_and_irr(mill, tmp_path) -> None:
    target = tmp_path / "sxsh.pdf"
    build_report(mill, "cp-options", MILL, "2025", target, "vi")
    body = " ".join(pages(target))
    # CP01: −100,000,000 then 5 × 40,000,000 VND: NPV at 10 % = 40,000,000 × 3.79079 − 100,000,000 = 51,631,471;
    # IRR where 40/(1+r) + … + 40/(1+r)⁵ = 100: r = 28.65 %; payback 2.5 years
    assert "51.631.471" in body and "28,6" in body and "2,5" in body


def test_the_signature_block_never_stands_alone_and_page_one_renders(mill, tmp_path) -> None:
    target = tmp_path / "nang-luong.pdf"
    build_report(mill, "energy", MILL, "2025", target, "vi", facility="NM01")
    last = pages(target)[-1]
    assert "Thủ trưởng cơ sở" in last
    assert len(last.split("Người quản lý năng lượng (ký")[0]) > 80  # content printed above the signatures
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", target, tmp_path / "p"], check=True)
        image = next(tmp_path.glob("p-*.png"))
        assert image.stat().st_size > 5_000  # a rendered page, not a blank one


def test_the_bag_and_assessment_reports_speak_vietnamese_too(tmp_path) -> None:
    from scp_desktop.services import assessments
    from scp_desktop.services.demo import fill_demo

    ws = Workspace.open(tmp_path / "demo.sqlite")
    try:
        fill_demo(ws, today=TODAY)
        chain = "0100234562"
        build_report(ws, "bags", chain, "2025", tmp_path / "tui.pdf", "vi", facility="ST01")
        body = " ".join(pages(tmp_path / "tui.pdf"))
        assert "Siêu thị Xanh Cầu Giấy (ST01)" in body and "Siêu thị Xanh Hoàng Mai" not in body  # one store alone
        assert "điểm phần trăm" in body and "Số ngày-cửa hàng" in body
        assessment = assessments.start(ws, chain, "green-distribution", 2026)
        build_report(ws, "assessment", chain, "2026", tmp_path / "dg.pdf", "vi", scheme="green-distribution")
        text = " ".join(pages(tmp_path / "dg.pdf"))
        assert "So với bộ tiêu chí dự thảo" in text and "DỰ THẢO" in text
        assert "Nghị định 08/2022/NĐ-CP Điều 64" in text  # the sources row in Vietnamese
        for name, report in (("tui", body), ("dg", text)):
            found = [m.group(0) for m in ENGLISH_WORDS.finditer(report)]
            assert not found, (name, found)
        assert assessment
    finally:
        ws.close()
