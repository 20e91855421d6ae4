"""The Sync page against the real server: sign in, send now, receipts in the outbox table,
a returned report's comment, the status bar, and a 401 that asks for a new sign-in."""

import requests

from scp_desktop.domain.reports import ReportState
from scp_desktop.services.credentials import token_store
from scp_desktop.services.reports import finalize
from scp_desktop.ui.pages.sync import SignInDialog
from tests.sync.conftest import CHAIN, PASSWORD
from tests.ui.conftest import page


def sign_in(qtbot, window, server) -> None:
    dialog = SignInDialog(window.ctx, window)
    dialog.server.setText(server.url)
    dialog.username.setText("chain")
    dialog.password.setText("sai mật khẩu")
    dialog.sign_in()
    assert dialog.password.text() == ""  # never kept
    qtbot.waitUntil(lambda: "Sai tên đăng nhập hoặc mật khẩu" in dialog.message.text(), timeout=10_000)
    assert "BAD_CREDENTIALS" not in dialog.message.text()  # the code is ours to translate, not to show
    dialog.password.setText(PASSWORD)
    dialog.sign_in()
    qtbot.waitUntil(lambda: dialog.result() == SignInDialog.DialogCode.Accepted, timeout=10_000)
    assert dialog.secure
    window.sync_runner.signed_in()


def test_sign_in_send_now_and_see_receipts_and_comments(qtbot, window, server) -> None:
    sync = page(window, "sync")
    assert "Chưa đăng nhập" in sync.account.text()
    submission = finalize(window.ctx.workspace, "bags", CHAIN, "2025")
    with qtbot.waitSignal(window.sync_runner.finished, timeout=15_000):
        sign_in(qtbot, window, server)
    assert "chain" in sync.account.text()
    row = next(r for r in sync.model.rows if r.submission_id == submission)
    assert row.state is ReportState.RECEIVED and row.receipt.startswith("BCT-")
    assert "Đã gửi 1" in window.sync_label.text()

    reviewer = server.token("reviewer")
    requests.post(
        f"{server.url}/api/v1/submissions/{submission}/review",
        json={"decision": "return", "comment": "Bổ sung số liệu tháng 12"},
        headers={"Authorization": f"Bearer {reviewer}"},
        timeout=10,
    ).raise_for_status()
    with qtbot.waitSignal(window.sync_runner.finished, timeout=15_000):
        sync.send_button.click()
    row = next(r for r in sync.model.rows if r.submission_id == submission)
    assert row.state is ReportState.RETURNED
    column = sync.model.COLUMNS.index("server_message")
    shown = [sync.model.data(sync.model.index(i, column)) for i in range(sync.model.rowCount())]
    assert "Bổ sung số liệu tháng 12" in shown


def test_a_revoked_token_pauses_the_queue_and_asks_to_sign_in(qtbot, window, server) -> None:
    sync = page(window, "sync")
    with qtbot.waitSignal(window.sync_runner.finished, timeout=15_000):
        sign_in(qtbot, window, server)
    token = token_store().load(server.url, "chain")
    requests.delete(f"{server.url}/api/v1/auth/token", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    finalize(window.ctx.workspace, "bags", CHAIN, "2025-02")
    with qtbot.waitSignal(window.sync_runner.auth_required, timeout=15_000):
        sync.send_button.click()
    assert window.sync_runner.paused and not window.sync_runner.run()
    assert "đăng nhập lại" in sync.message.text()
    row = window.ctx.workspace.reports.all()[-1]
    assert row["state"] == "finalized"  # still queued, not failed


def test_sync_resumes_as_soon_as_the_server_answers_again(qtbot, window, server) -> None:
    with qtbot.waitSignal(window.sync_runner.finished, timeout=15_000):
        sign_in(qtbot, window, server)
    server.kill()
    finalize(window.ctx.workspace, "bags", CHAIN, "2025-03")
    with qtbot.waitSignal(window.sync_runner.finished, timeout=15_000) as failed:
        window.sync_runner.run(send_everything=True)
    assert failed.args[0].error and window.sync_runner.probe.isActive()  # knocking on the server now
    window.sync_runner.probe.setInterval(200)
    server.start()
    qtbot.waitUntil(lambda: window.ctx.workspace.reports.all()[-1]["state"] == "received", timeout=20_000)
    qtbot.waitUntil(lambda: not window.sync_runner.probe.isActive(), timeout=5_000)  # back to the normal timer


def test_an_address_that_would_send_the_password_in_clear_is_refused_at_the_field(qtbot, window) -> None:
    dialog = SignInDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server.setText("http://scp.moit.gov.vn")
    dialog.username.setText("chain")
    dialog.password.setText(PASSWORD)
    dialog.sign_in()
    assert dialog.message.text() == ("Địa chỉ phải bắt đầu bằng https:// để mật khẩu của bạn được mã hóa khi gửi đi.")
    assert dialog.password.text() == PASSWORD  # nothing was sent: the user corrects the address only
    assert dialog.result() != SignInDialog.DialogCode.Accepted
    assert dialog.server.hasFocus() or not dialog.isActiveWindow()
