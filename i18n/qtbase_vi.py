"""Vietnamese for the texts of Qt's own widgets that the app shows (Qt ships no Vietnamese catalogue).

`./dev i18n` writes qtbase_vi.ts from this table. The sources are Qt 6's own, as its widgets ask for
them (found by logging every translate() call while the file dialog, message boxes, line edits and
undo actions are shown); older spellings that Qt 5 used are kept beside them. tests/ui/test_qt_texts.py
opens those widgets in Vietnamese and fails on any English text left.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

BUTTONS = {
    "OK": "Đồng ý",
    "Save": "Lưu",
    "Save All": "Lưu tất cả",
    "Open": "Mở",
    "&Yes": "&Có",
    "Yes to &All": "Có với &tất cả",
    "&No": "&Không",
    "N&o to All": "K&hông với tất cả",
    "Abort": "Hủy bỏ",
    "Retry": "Thử lại",
    "Ignore": "Bỏ qua",
    "Close": "Đóng",
    "Cancel": "Hủy",
    "Discard": "Không lưu",
    "Help": "Trợ giúp",
    "Apply": "Áp dụng",
    "Reset": "Đặt lại",
    "Restore Defaults": "Khôi phục mặc định",
    "Close without Saving": "Đóng không lưu",
    "Don't Save": "Không lưu",
}
EDITING = {
    "&Undo": "&Hoàn tác",
    "&Redo": "&Làm lại",
    "Cu&t": "Cắ&t",
    "&Copy": "&Sao chép",
    "&Paste": "&Dán",
    "Delete": "Xóa",
    "Select All": "Chọn tất cả",
}
UNDO = {"Undo %1": "Hoàn tác %1", "Undo": "Hoàn tác", "Redo %1": "Làm lại %1", "Redo": "Làm lại"}

TEXTS: dict[str, dict[str, str]] = {
    "QPlatformTheme": BUTTONS,
    "QDialogButtonBox": {"OK": "Đồng ý", "Cancel": "Hủy"},
    "QMessageBox": {
        "Show Details...": "Xem chi tiết...",
        "Hide Details...": "Ẩn chi tiết...",
        "OK": "Đồng ý",
        "About Qt": "Giới thiệu Qt",
    },
    "QProgressDialog": {"Cancel": "Hủy"},
    "QInputDialog": {"Enter a value:": "Nhập một giá trị:"},
    "QLineEdit": EDITING,
    "QWidgetTextControl": {**EDITING, "Copy &Link Location": "Sao chép địa chỉ &liên kết"},
    "QAbstractSpinBox": {"&Select All": "&Chọn tất cả", "&Step up": "&Tăng", "Step &down": "&Giảm"},
    "QUndoStack": UNDO,
    "QUndoGroup": UNDO,
    "QUndoModel": {"<empty>": "<trống>"},
    "QProgressBar": {"%p%": "%p%"},
    "QScrollBar": {
        "Scroll here": "Cuộn đến đây",
        "Left edge": "Mép trái",
        "Top": "Đầu",
        "Right edge": "Mép phải",
        "Bottom": "Cuối",
        "Page left": "Sang trái một trang",
        "Page up": "Lên một trang",
        "Page right": "Sang phải một trang",
        "Page down": "Xuống một trang",
        "Scroll left": "Cuộn sang trái",
        "Scroll up": "Cuộn lên",
        "Scroll right": "Cuộn sang phải",
        "Scroll down": "Cuộn xuống",
    },
    "QFileDialog": {
        "&Look in:": "&Tìm trong:",
        "Look in:": "Tìm trong:",
        "Back": "Quay lại",
        "Go back": "Quay lại",
        "Forward": "Tiến tới",
        "Go forward": "Tiến tới",
        "Parent Directory": "Thư mục cha",
        "Go to the parent directory": "Lên thư mục cha",
        "Create New Folder": "Tạo thư mục mới",
        "Create a New Folder": "Tạo thư mục mới",
        "List View": "Dạng danh sách",
        "Change to list view mode": "Xem dạng danh sách",
        "Detail View": "Dạng chi tiết",
        "Change to detail view mode": "Xem dạng chi tiết",
        "Sidebar": "Thanh bên",
        "List of places and bookmarks": "Các vị trí và dấu trang",
        "Files": "Tệp",
        "Files of &type:": "&Loại tệp:",
        "Files of type:": "Loại tệp:",
        "Find Directory": "Tìm thư mục",
        "Open": "Mở",
        "Save As": "Lưu thành",
        "Directory:": "Thư mục:",
        "File &name:": "&Tên tệp:",
        "&Open": "&Mở",
        "&Choose": "&Chọn",
        "&Save": "&Lưu",
        "All Files (*)": "Mọi tệp (*)",
        "All files (*)": "Mọi tệp (*)",
        "Show ": "Hiện ",
        "&Rename": "Đổi tê&n",
        "&Delete": "&Xóa",
        "Show &hidden files": "Hiện tệp ẩ&n",
        "&New Folder": "Thư &mục mới",
        "Directories": "Thư mục",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.": (
            "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục."
        ),
        "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nBạn có muốn thay thế tệp đó không?",
        "%1\nFile not found.\nPlease verify the correct file name was given.": (
            "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp."
        ),
        "'%1' is write protected.\nDo you want to delete it anyway?": (
            "'%1' đang được bảo vệ chống ghi.\nBạn vẫn muốn xóa?"
        ),
        "New Folder": "Thư mục mới",
        "Delete": "Xóa",
        "Are you sure you want to delete '%1'?": "Bạn có chắc muốn xóa '%1'?",
        "Could not delete directory.": "Không xóa được thư mục.",
        "Recent Places": "Vị trí gần đây",
        "Remove": "Bỏ khỏi danh sách",
        "Alt+Left": "Alt+Left",
        "Alt+Right": "Alt+Right",
        "Alt+Up": "Alt+Up",
    },
    "QFileSystemModel": {
        "Name": "Tên",
        "Size": "Kích thước",
        "Kind": "Loại",
        "Type": "Loại",
        "Date Modified": "Ngày sửa",
        "My Computer": "Máy tính của tôi",
        "Computer": "Máy tính",
    },
    "QAbstractFileIconProvider": {
        "Drive": "Ổ đĩa",
        "File Folder": "Thư mục",
        "Folder": "Thư mục",
        "Alias": "Bí danh",
        "Shortcut": "Lối tắt",
        "Unknown": "Không rõ",
        "File": "Tệp",
        "%1 File": "Tệp %1",
    },
}
# Qt's own disambiguations, without which its lookup does not find the text.
COMMENTS = {
    ("QFileSystemModel", "Kind"): "Match OS X Finder",
    ("QFileSystemModel", "Type"): "All other platforms",
    ("QAbstractFileIconProvider", "File Folder"): "Match Windows Explorer",
    ("QAbstractFileIconProvider", "Folder"): "All other platforms",
    ("QAbstractFileIconProvider", "Alias"): "macOS Finder",
    ("QAbstractFileIconProvider", "Shortcut"): "All other platforms",
    ("QUndoStack", "Undo"): "Default text for undo action",
    ("QUndoStack", "Redo"): "Default text for redo action",
    ("QUndoGroup", "Undo"): "Default text for undo action",
    ("QUndoGroup", "Redo"): "Default text for redo action",
}


def write(path: Path) -> None:
    root = ET.Element("TS", version="2.1", language="vi", sourcelanguage="en")
    for context, texts in TEXTS.items():
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source, translation in texts.items():
            message = ET.SubElement(element, "message")
            ET.SubElement(message, "source").text = source
            if (context, source) in COMMENTS:
                ET.SubElement(message, "comment").text = COMMENTS[context, source]
            ET.SubElement(message, "translation").text = translation
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<!-- Written by i18n/qtbase_vi.py. -->\n'
    path.write_text(header + body + "\n", encoding="utf-8")
