"""The demo's eco-innovation project: a consultant's client taken from preparation to a reviewed roadmap.

Its figures come from the demo client's own records (baselines, KPIs, CP options); the texts are
an illustration, labelled as sample data like the rest of the demo.
"""

from __future__ import annotations

from scp_desktop.domain.eco_innovation import (
    CANVAS_BLOCKS,
    Action,
    BusinessModel,
    CanvasBlock,
    Cycle,
    Hotspot,
    Idea,
    Implement,
    Kpi,
    Market,
    Measurement,
    Pilot,
    Prepare,
    Review,
    Roadmap,
    Strategy,
    SwotEntry,
    TeamMember,
    hotspot_key,
    indicator_value,
)
from scp_desktop.services import assessments
from scp_desktop.services import eco_innovation as eco
from scp_desktop.services.workspace import Workspace

CONSULTANT = "Nguyễn Thị Hương (tư vấn, dữ liệu mẫu)"
REPRESENTATIVE = "Lê Văn Minh, Giám đốc (dữ liệu mẫu)"

CANVAS = {
    "key_partners": ("Nhà cung cấp hạt nhựa PE nguyên sinh", "Thêm cơ sở tái chế hạt PE được chứng nhận"),
    "key_activities": ("Ép đùn và in màng PE", "Ép đùn có 30 % hạt tái sinh; thu hồi màng pallet"),
    "key_resources": ("3 dây chuyền ép đùn, đội kỹ thuật", "Máy đùn có biến tần, máy tái chế biên màng"),
    "value_proposition": ("Màng PE giá cạnh tranh, giao nhanh", "Màng PE có hàm lượng tái sinh, ít phát thải hơn"),
    "customer_relationships": ("Đơn hàng theo hợp đồng năm", "Báo cáo lượng tái sinh và CO₂ cho từng khách hàng"),
    "channels": ("Bán trực tiếp cho nhà máy và siêu thị", "Thêm kênh thu hồi màng bọc pallet đã dùng"),
    "customer_segments": ("Nhà máy thực phẩm, chuỗi siêu thị", "Chuỗi siêu thị cần bao bì xanh theo Nghị định 08"),
    "cost_structure": ("Hạt nhựa 70 % giá thành, điện 12 %", "Giảm hạt nguyên sinh và điện năng"),
    "revenue_streams": ("Bán màng theo kg", "Màng tái sinh với giá cao hơn; phí dịch vụ thu hồi"),
}


def fill_demo_project(ws: Workspace, tax_code: str, baseline_year: int) -> int | None:
    """The demo project of `tax_code`, unless the client already has one; its id."""
    if eco.projects(ws, tax_code):
        return None
    project_id = eco.create_project(
        ws, tax_code, "Đổi mới sinh thái 2025–2027", baseline_year, CONSULTANT, REPRESENTATIVE, source="demo"
    )
    assessment_id = eco.ensure_assessment(ws, project_id, source="demo")
    for criterion, option in {"P2": "o2", "P3": "o1", "S1": "o1", "S2": "o1", "B1": "o1", "B7": "o1"}.items():
        assessments.answer(ws, assessment_id, criterion, option, source="demo")
    facts = eco.facts_by_year(ws, tax_code)
    base = facts.get(baseline_year)
    energy_per_t = indicator_value("energy_per_output:t", base)
    recovery = indicator_value("waste_recovery_pct", base)
    later = [y for y in facts if y > baseline_year]
    review_year = later[0] if later else baseline_year + 1
    phases = {
        "prepare": Prepare(
            description="Sản xuất màng và túi PE cho nhà máy thực phẩm và chuỗi siêu thị; 120 lao động.",
            products="Màng PE cuộn, túi PE in",
            suppliers="Hạt nhựa PE nguyên sinh (nhập khẩu), mực in, lõi giấy",
            operations="Ép đùn → in → cắt dán → đóng gói tại xưởng Nhơn Trạch",
            customers="Nhà máy thực phẩm miền Nam, chuỗi siêu thị",
            team=(
                TeamMember("Lê Văn Minh", "Giám đốc, chủ trì", "Khách hàng", "0903 000 111"),
                TeamMember("Phạm Thu Trang", "Trưởng phòng kỹ thuật", "Khách hàng", ""),
                TeamMember("Nguyễn Thị Hương", "Chuyên gia tư vấn", "Đơn vị tư vấn", ""),
            ),
            markets=(
                Market("Bao bì cho chuỗi siêu thị", "strong", "Yêu cầu bao bì xanh từ 2026"),
                Market("Màng cho nhà máy thực phẩm", "moderate", ""),
            ),
            narrative="Ban lãnh đạo cam kết tham gia; nhóm dự án gồm giám đốc, kỹ thuật và tư vấn. "
            "Thị trường siêu thị đòi hỏi bao bì xanh là động lực chính.",
        ),
        "strategy": Strategy(
            swot=(
                SwotEntry("Vận hành và chuỗi giá trị", "strength", "Đã tái chế biên màng tại chỗ"),
                SwotEntry("Vận hành và chuỗi giá trị", "weakness", "Máy đùn cũ, tiêu thụ điện cao"),
                SwotEntry("Thị trường và khách hàng", "opportunity", "Siêu thị cần bao bì có hàm lượng tái sinh"),
                SwotEntry("Thị trường và khách hàng", "threat", "Cấm túi khó phân hủy tại siêu thị từ 2026"),
            ),
            hotspots={
                hotspot_key("raw_materials", "materials"): Hotspot("high", "Hạt PE nguyên sinh"),
                hotspot_key("production", "energy"): Hotspot("high", "Máy đùn"),
                hotspot_key("production", "waste"): Hotspot("medium", "Biên màng, màng lỗi"),
                hotspot_key("production", "water"): Hotspot("low", "Nước làm mát tuần hoàn"),
                hotspot_key("end_of_life", "waste"): Hotspot("high", "Màng sau sử dụng ra bãi chôn lấp"),
            },
            vision="Trở thành nhà cung cấp bao bì PE tái sinh hàng đầu cho chuỗi bán lẻ phía Nam.",
            goals="Giảm điện năng trên mỗi tấn sản phẩm; tăng hàm lượng tái sinh; thu hồi màng sau sử dụng.",
            kpis=(
                Kpi(
                    "K1",
                    "Năng lượng trên tấn màng",
                    "energy_per_output:t",
                    "TOE/t",
                    baseline_year,
                    None,
                    round(energy_per_t * 0.9, 4) if energy_per_t else None,
                    baseline_year + 3,
                    "decrease",
                ),
                Kpi(
                    "K2",
                    "Tỷ lệ thu hồi chất thải",
                    "waste_recovery_pct",
                    "%",
                    baseline_year,
                    None,
                    95.0 if recovery is None else min(100.0, round(recovery + 5, 1)),
                    baseline_year + 3,
                    "increase",
                ),
                Kpi(
                    "K3",
                    "Hàm lượng hạt tái sinh",
                    "manual",
                    "%",
                    baseline_year,
                    0.0,
                    30.0,
                    baseline_year + 3,
                    "increase",
                ),
            ),
            narrative="Điểm nóng lớn nhất là hạt nhựa nguyên sinh và điện năng của máy đùn; "
            "chiến lược tập trung vào vật liệu tái sinh và hiệu quả năng lượng.",
        ),
        "business_model": BusinessModel(
            canvas={
                block: CanvasBlock(now, new, "" if now == new else "Thay đổi")
                for block, (now, new) in CANVAS.items()
                if block in CANVAS_BLOCKS
            },
            narrative="Mô hình mới bán màng có hàm lượng tái sinh kèm dịch vụ thu hồi màng pallet cho siêu thị.",
        ),
        "roadmap": Roadmap(
            ideas=(
                Idea("I1", "Đánh giá SXSH", "key_activities", "Tái chế biên màng tại chỗ", 4, 5, ("NM01/GP01",)),
                Idea("I2", "Điểm nóng năng lượng", "key_resources", "Biến tần cho máy đùn", 4, 4, ("NM01/GP02",)),
                Idea("I3", "SWOT thị trường", "value_proposition", "Dòng màng có 30 % hạt tái sinh", 5, 3, ()),
                Idea("I4", "Khách hàng", "channels", "Thu hồi màng bọc pallet từ siêu thị", 3, 2, ()),
            ),
            actions=(
                Action(
                    "Lắp biến tần cho 3 máy đùn",
                    "I2",
                    "short",
                    "Phạm Thu Trang",
                    f"{baseline_year + 1}-02",
                    f"{baseline_year + 1}-06",
                    "K1",
                    "done",
                ),
                Action(
                    "Thử nghiệm màng 30 % hạt tái sinh",
                    "I3",
                    "medium",
                    "Phạm Thu Trang",
                    f"{baseline_year + 1}-04",
                    f"{baseline_year + 2}-03",
                    "K3",
                    "in_progress",
                ),
                Action(
                    "Chương trình thu hồi màng pallet",
                    "I4",
                    "long",
                    "Lê Văn Minh",
                    f"{baseline_year + 2}-01",
                    f"{baseline_year + 3}-12",
                    "K2",
                    "planned",
                ),
            ),
            narrative="Ưu tiên các giải pháp nhanh có lợi ích cao (I1, I2); màng tái sinh là dự án thí điểm.",
        ),
        "implement": Implement(
            pilots=(
                Pilot(
                    "Thí điểm màng 30 % hạt tái sinh cho một chuỗi siêu thị",
                    "I3",
                    "running",
                    f"{baseline_year + 1}-04",
                    f"{baseline_year + 2}-03",
                    180_000_000.0,
                    None,
                    "Mẫu đạt độ bền kéo; khách hàng đặt thử 20 tấn.",
                ),
            ),
            narrative="Dự án thí điểm đang chạy; chi phí đầu tư thực tế ghi theo hóa đơn.",
        ),
        "review": Review(
            measurements=(Measurement("K3", review_year, 12.0, "Theo phiếu xuất kho hạt"),),
            cycles=(
                Cycle(
                    review_year,
                    "Điện năng trên tấn giảm sau khi lắp biến tần; hàm lượng tái sinh đạt 12 %.",
                    "Mở rộng màng tái sinh sang khách hàng thứ hai.",
                ),
            ),
            narrative="Chu kỳ đánh giá đầu tiên cho thấy tiến bộ trên cả ba chỉ số.",
        ),
    }
    for phase, document in phases.items():
        eco.save_phase(ws, project_id, phase, document, source="demo")
    return project_id
