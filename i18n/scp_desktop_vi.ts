<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>The workspace {path} is damaged ({reason}).</source>
        <translation>Vùng làm việc {path} bị hỏng ({reason}).</translation>
    </message>
    <message>
        <source>There is no sound backup in {folder}.</source>
        <translation>Không có bản sao lưu nào còn tốt trong {folder}.</translation>
    </message>
    <message>
        <source>Restore the newest sound backup, taken {when}, with {organizations} organization(s) up to {period}?</source>
        <translation>Khôi phục bản sao lưu tốt gần nhất, tạo lúc {when}, gồm {organizations} tổ chức, số liệu đến {period}?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} chưa được nhập: {reason}</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>đây không phải là một tệp thông thường</translation>
    </message>
    <message>
        <source>it is not a zip archive that can be read ({reason}).</source>
        <translation>đây không phải là tệp nén zip đọc được ({reason}).</translation>
    </message>
    <message>
        <source>it is not an SCP Desktop archive (it has no manifest.json).</source>
        <translation>đây không phải là tệp lưu trữ của SCP Desktop (không có manifest.json).</translation>
    </message>
    <message>
        <source>its manifest is not valid: {mistake}</source>
        <translation>bản kê (manifest) không hợp lệ: {mistake}</translation>
    </message>
    <message>
        <source>{member} is not valid JSON ({reason}).</source>
        <translation>{member} không phải là JSON hợp lệ ({reason}).</translation>
    </message>
    <message>
        <source>{member} is encrypted.</source>
        <translation>{member} bị mã hóa.</translation>
    </message>
    <message>
        <source>it holds {member} twice.</source>
        <translation>tệp chứa {member} hai lần.</translation>
    </message>
    <message>
        <source>{member}, listed in its manifest, is missing.</source>
        <translation>{member} có trong bản kê nhưng bị thiếu.</translation>
    </message>
    <message>
        <source>it holds {member}, which its manifest does not list.</source>
        <translation>tệp chứa {member}, không có trong bản kê.</translation>
    </message>
    <message>
        <source>{member} does not match its manifest hash: the archive is damaged or was changed.</source>
        <translation>{member} không khớp mã băm trong bản kê: tệp lưu trữ bị hỏng hoặc đã bị sửa.</translation>
    </message>
    <message>
        <source>{member} unpacks to more than {limit} MB.</source>
        <translation>{member} khi giải nén lớn hơn {limit} MB.</translation>
    </message>
    <message>
        <source>{member}: {mistake}</source>
        <translation>{member}: {mistake}</translation>
    </message>
    <message>
        <source>{member}, {where}: {reason}</source>
        <translation>{member}, {where}: {reason}</translation>
    </message>
    <message>
        <source>it holds organization {found}, not {expected}.</source>
        <translation>tệp chứa tổ chức {found}, không phải {expected}.</translation>
    </message>
    <message>
        <source>facility or store “{code}” is not one of the organization&apos;s.</source>
        <translation>cơ sở hoặc cửa hàng “{code}” không thuộc tổ chức này.</translation>
    </message>
    <message>
        <source>the period “{period}” is not written as the app writes it.</source>
        <translation>kỳ “{period}” không được viết theo cách ứng dụng viết.</translation>
    </message>
    <message>
        <source>its content does not match its SHA-256.</source>
        <translation>nội dung không khớp mã SHA-256 của nó.</translation>
    </message>
    <message>
        <source>its content is about {what} “{found}”, not “{expected}”.</source>
        <translation>nội dung nói về {what} “{found}”, không phải “{expected}”.</translation>
    </message>
    <message>
        <source>it holds a record outside its scope or period ({record}).</source>
        <translation>báo cáo chứa một bản ghi nằm ngoài phạm vi hoặc kỳ của nó ({record}).</translation>
    </message>
    <message>
        <source>its records are not the records of {period} (a finalized report holds exactly those records).</source>
        <translation>các bản ghi của báo cáo không phải là các bản ghi của kỳ {period} (báo cáo đã chốt chứa đúng các bản ghi đó).</translation>
    </message>
    <message>
        <source>a draft report cannot carry content or a hash.</source>
        <translation>báo cáo nháp không thể có nội dung hoặc mã băm.</translation>
    </message>
    <message>
        <source>a finalized report must carry its content and its hash.</source>
        <translation>báo cáo đã chốt phải có nội dung và mã băm.</translation>
    </message>
    <message>
        <source>it corrects {other}, which is not a report of the same kind, scope and period.</source>
        <translation>báo cáo đính chính {other}, nhưng đó không phải là báo cáo cùng loại, cùng phạm vi và cùng kỳ.</translation>
    </message>
    <message>
        <source>it overlaps the live {kind} report {other} ({period}) of the same scope.</source>
        <translation>báo cáo trùng với báo cáo {kind} đang hiệu lực {other} ({period}) cùng phạm vi.</translation>
    </message>
    <message>
        <source>it changes a record of {period}, which a finalized report in this workspace holds.</source>
        <translation>tệp thay đổi một bản ghi của kỳ {period}, thuộc một báo cáo đã chốt trong không gian làm việc này.</translation>
    </message>
    <message>
        <source>the criteria set has no criterion “{id}”.</source>
        <translation>bộ tiêu chí không có tiêu chí “{id}”.</translation>
    </message>
    <message>
        <source>its criteria set cannot be read ({reason}).</source>
        <translation>không đọc được bộ tiêu chí ({reason}).</translation>
    </message>
    <message>
        <source>its criteria set is {found}, not {expected}.</source>
        <translation>bộ tiêu chí là {found}, không phải {expected}.</translation>
    </message>
    <message>
        <source>evidence {sha} is neither in the archive nor in this workspace, or has another size.</source>
        <translation>minh chứng {sha} không có trong tệp lưu trữ lẫn không gian làm việc này, hoặc có kích thước khác.</translation>
    </message>
    <message>
        <source>an eco-innovation project cannot be read ({reason}).</source>
        <translation>không đọc được một dự án đổi mới sinh thái ({reason}).</translation>
    </message>
    <message>
        <source>the evidence file name “{name}” is not a plain file name.</source>
        <translation>tên tệp minh chứng “{name}” không phải là một tên tệp đơn thuần.</translation>
    </message>
    <message>
        <source>its score and hash do not match its answers.</source>
        <translation>điểm và mã băm không khớp với các câu trả lời.</translation>
    </message>
    <message>
        <source>the answer to {id} is not valid: {reason}</source>
        <translation>câu trả lời cho {id} không hợp lệ: {reason}</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>partly met</source>
        <translation>đạt một phần</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>chưa trả lời</translation>
    </message>
    <message>
        <source>evidence missing</source>
        <translation>thiếu minh chứng</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <source>Answer this criterion.</source>
        <translation>Hãy trả lời tiêu chí này.</translation>
    </message>
    <message>
        <source>Attach the evidence this criterion requires.</source>
        <translation>Hãy đính kèm minh chứng mà tiêu chí này yêu cầu.</translation>
    </message>
    <message>
        <source>Not met yet: see the guidance.</source>
        <translation>Chưa đạt: xem hướng dẫn.</translation>
    </message>
    <message>
        <source>Now {value} {unit}; needed {op} {threshold} {unit}.</source>
        <translation>Hiện tại {value} {unit}; yêu cầu {op} {threshold} {unit}.</translation>
    </message>
    <message>
        <source>Partly met: {points} of {best} points.</source>
        <translation>Đạt một phần: {points}/{best} điểm.</translation>
    </message>
    <message>
        <source>Give a reason for replacing the figure computed from your records ({auto}).</source>
        <translation>Hãy nêu lý do thay thế số liệu tính từ sổ ghi chép của bạn ({auto}).</translation>
    </message>
    <message>
        <source>“{value}” is not one of this criterion&apos;s options.</source>
        <translation>“{value}” không phải là một lựa chọn của tiêu chí này.</translation>
    </message>
    <message>
        <source>Enter a number for this measure.</source>
        <translation>Hãy nhập một con số cho chỉ tiêu này.</translation>
    </message>
    <message>
        <source>A mandatory criterion cannot be marked not applicable.</source>
        <translation>Tiêu chí bắt buộc không thể đánh dấu là không áp dụng.</translation>
    </message>
    <message>
        <source>Unknown scheme “{scheme}”. Known: {known}.</source>
        <translation>Không có chương trình “{scheme}”. Các chương trình: {known}.</translation>
    </message>
    <message>
        <source>There is no assessment {id}.</source>
        <translation>Không có bản đánh giá {id}.</translation>
    </message>
    <message>
        <source>This assessment has no criterion “{id}”.</source>
        <translation>Bản đánh giá này không có tiêu chí “{id}”.</translation>
    </message>
    <message>
        <source>This assessment is finalized and can no longer be changed.</source>
        <translation>Bản đánh giá đã được chốt và không thể thay đổi nữa.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; evidence files may be at most {limit} MB.</source>
        <translation>{name} có dung lượng {size} MB; tệp minh chứng tối đa {limit} MB.</translation>
    </message>
    <message>
        <source>{name} is not a readable file.</source>
        <translation>{name} không phải là tệp đọc được.</translation>
    </message>
    <message>
        <source>The answers file cannot be read: {reason}</source>
        <translation>Không đọc được tệp câu trả lời: {reason}</translation>
    </message>
    <message>
        <source>Evidence “{name}” is outside the answers file&apos;s folder: name files inside it, by relative paths.</source>
        <translation>Minh chứng “{name}” nằm ngoài thư mục của tệp câu trả lời: hãy chỉ các tệp bên trong thư mục đó, bằng đường dẫn tương đối.</translation>
    </message>
    <message>
        <source>Only a finalized assessment can be corrected, and only once: this one is {state}.</source>
        <translation>Chỉ có thể điều chỉnh một bản tự đánh giá đã hoàn tất, và chỉ một lần: bản này đang ở trạng thái {state}.</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Trả lời:</translation>
    </message>
    <message>
        <source>&amp;Reason for a different figure:</source>
        <translation>&amp;Lý do dùng số liệu khác:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Minh chứng:</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>&amp;Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save answer</source>
        <translation>Lư&amp;u câu trả lời</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>Kéo thả tệp vào đây để đính kèm.</translation>
    </message>
    <message>
        <source> (mandatory)</source>
        <translation> (bắt buộc)</translation>
    </message>
    <message>
        <source> · evidence required</source>
        <translation> · cần minh chứng</translation>
    </message>
    <message>
        <source>From your records: {value}</source>
        <translation>Theo số liệu của bạn: {value}</translation>
    </message>
    <message>
        <source>Reviewer: {comment}</source>
        <translation>Người thẩm định: {comment}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>{points} pts</source>
        <translation>{points} điểm</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Saved the answer to {criterion}.</source>
        <translation>Đã lưu câu trả lời cho {criterion}.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Đính kèm minh chứng</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Bản đánh giá:</translation>
    </message>
    <message>
        <source>Sc&amp;heme:</source>
        <translation>&amp;Chương trình:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Consu&amp;ltant:</source>
        <translation>Chuyên &amp;gia tư vấn:</translation>
    </message>
    <message>
        <source>name (optional)</source>
        <translation>họ tên (không bắt buộc)</translation>
    </message>
    <message>
        <source>Start &amp;new assessment</source>
        <translation>Bắt đầu đánh giá &amp;mới</translation>
    </message>
    <message>
        <source>Update figures from records</source>
        <translation>Cập nhật số liệu từ sổ ghi chép</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>C&amp;hốt</translation>
    </message>
    <message>
        <source>&amp;Print PDF…</source>
        <translation>&amp;In PDF…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>Đ&amp;iều chỉnh…</translation>
    </message>
    <message>
        <source>Score and gaps</source>
        <translation>Điểm và các điểm còn thiếu</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Ý kiến thẩm định</translation>
    </message>
    <message>
        <source> (draft criteria)</source>
        <translation> (tiêu chí dự thảo)</translation>
    </message>
    <message>
        <source>finalized, {score} %</source>
        <translation>đã chốt, {score} %</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>No assessment yet: choose a scheme and a year above.</source>
        <translation>Chưa có bản đánh giá: hãy chọn chương trình và năm ở trên.</translation>
    </message>
    <message>
        <source>Maturity by area (no pass or fail): {areas}{level}</source>
        <translation>Mức độ sẵn sàng theo lĩnh vực (không có đạt hay không đạt): {areas}{level}</translation>
    </message>
    <message>
        <source>passes</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>does not pass yet</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>Score {score} % (pass mark {mark} %): {verdict}{level}</source>
        <translation>Điểm {score} % (mức đạt {mark} %): {verdict}{level}</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <source>Finalized {when}: read-only.</source>
        <translation>Đã chốt ngày {when}: chỉ xem.</translation>
    </message>
    <message>
        <source>Draft: every answer is saved as you go.</source>
        <translation>Bản nháp: mỗi câu trả lời được lưu ngay.</translation>
    </message>
    <message>
        <source>These are draft criteria: no official set has been published yet.</source>
        <translation>Đây là bộ tiêu chí dự thảo: chưa có bộ tiêu chí chính thức được ban hành.</translation>
    </message>
    <message>
        <source>The Vietnam Ecolabel (NSTVN-01:2023, Decision 3257/QĐ-BTNMT), which follows the Green Label, is not in the app yet: its criteria could not be confirmed in full.</source>
        <translation>Nhãn sinh thái Việt Nam (NSTVN-01:2023, Quyết định 3257/QĐ-BTNMT), kế tiếp Nhãn xanh, chưa có trong ứng dụng: chưa xác nhận được đầy đủ bộ tiêu chí.</translation>
    </message>
    <message>
        <source>Correcting a returned assessment.</source>
        <translation>Đang điều chỉnh một bản tự đánh giá bị trả lại.</translation>
    </message>
    <message>
        <source>Ministry: {state}.</source>
        <translation>Bộ Công Thương: {state}.</translation>
    </message>
    <message>
        <source>Finalize the {scheme} self-assessment for {year}? Its score is {score} %.</source>
        <translation>Chốt bản tự đánh giá “{scheme}” năm {year}? Điểm hiện tại là {score} %.</translation>
    </message>
    <message>
        <source>Mandatory criteria not met: {criteria}.</source>
        <translation>Các tiêu chí bắt buộc chưa đạt: {criteria}.</translation>
    </message>
    <message>
        <source>Its answers and evidence then become read-only; a correction starts a new one.</source>
        <translation>Sau khi chốt, câu trả lời và minh chứng chỉ còn xem được; muốn sửa thì lập một bản mới.</translation>
    </message>
    <message>
        <source>Finalize the self-assessment?</source>
        <translation>Chốt bản tự đánh giá?</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>Đã lưu báo cáo: {file}</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{path} is damaged ({reason}).</source>
        <translation>{path} bị hỏng ({reason}).</translation>
    </message>
    <message>
        <source>{path} is open in another program ({holders}): close it, then restore; nothing was changed.</source>
        <translation>{path} đang được mở trong một chương trình khác ({holders}): hãy đóng chương trình đó rồi khôi phục; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>{path} is not a readable SCP workspace backup ({reason}).</source>
        <translation>{path} không phải là bản sao lưu vùng làm việc SCP đọc được ({reason}).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Organization</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Ngành</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Last energy audit</source>
        <translation>Lần kiểm toán năng lượng gần nhất</translation>
    </message>
    <message>
        <source>Energy norm</source>
        <translation>Định mức tiêu hao năng lượng</translation>
    </message>
    <message>
        <source>Energy manager</source>
        <translation>Người quản lý năng lượng</translation>
    </message>
    <message>
        <source>Energy manager&apos;s certificate</source>
        <translation>Chứng chỉ quản lý năng lượng</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Công suất</translation>
    </message>
    <message>
        <source>Main products</source>
        <translation>Sản phẩm chính</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>dòng {line}</translation>
    </message>
    <message>
        <source>… and more ({count} bad rows in all)</source>
        <translation>… và còn nữa (tổng cộng {count} dòng lỗi)</translation>
    </message>
    <message>
        <source>{file}: {rows} rows imported as {kind}: {created} new, {replaced} replaced, {unchanged} unchanged.</source>
        <translation>{file}: đã nhập {rows} dòng vào {kind}: {created} mới, {replaced} thay thế, {unchanged} không đổi.</translation>
    </message>
    <message>
        <source>{file}: {rows} rows would be imported as {kind} (dry run, nothing saved): {created} new, {replaced} replaced, {unchanged} unchanged.</source>
        <translation>{file}: sẽ nhập {rows} dòng vào {kind} (chạy thử, chưa lưu gì): {created} mới, {replaced} thay thế, {unchanged} không đổi.</translation>
    </message>
    <message>
        <source>{count} bad row(s) skipped; listed in {file}</source>
        <translation>đã bỏ qua {count} dòng lỗi; danh sách trong {file}</translation>
    </message>
    <message>
        <source>… {count} warnings in all</source>
        <translation>… tổng cộng {count} cảnh báo</translation>
    </message>
    <message>
        <source>numbers of column “{column}” read as {style}</source>
        <translation>số trong cột “{column}” được đọc theo kiểu {style}</translation>
    </message>
    <message>
        <source>replaces {record} {field}: {old} → {new}</source>
        <translation>thay thế {record} {field}: {old} → {new}</translation>
    </message>
    <message>
        <source>(more than ×10: check the file)</source>
        <translation>(chênh hơn 10 lần: hãy kiểm tra tệp)</translation>
    </message>
    <message>
        <source>{record} {field}: {message}</source>
        <translation>{record} {field}: {message}</translation>
    </message>
    <message>
        <source>{field}: “{value}” read as {code} in {count} row(s)</source>
        <translation>{field}: “{value}” được hiểu là {code} ở {count} dòng</translation>
    </message>
    <message>
        <source>column “{column}”: “{text}” is {vi} (1.234,5) or {en} (1,234.5)</source>
        <translation>cột “{column}”: “{text}” là {vi} (kiểu 1.234,5) hoặc {en} (kiểu 1,234.5)</translation>
    </message>
    <message>
        <source>say which with --number-format vi|en, or &quot;number_formats&quot;: {{&quot;{field}&quot;: &quot;vi&quot;}} in --mapping</source>
        <translation>hãy chỉ rõ bằng --number-format vi|en, hoặc &quot;number_formats&quot;: {{&quot;{field}&quot;: &quot;vi&quot;}} trong --mapping</translation>
    </message>
    <message>
        <source>cannot read the mapping {file}: {reason}</source>
        <translation>không đọc được tệp ánh xạ {file}: {reason}</translation>
    </message>
    <message>
        <source>import needs --org TAX_CODE</source>
        <translation>lệnh import cần --org MÃ_SỐ_THUẾ</translation>
    </message>
    <message>
        <source>cannot use {path}: {reason}</source>
        <translation>không dùng được {path}: {reason}</translation>
    </message>
    <message>
        <source>the workspace is busy: another program is writing to it ({holders}); nothing was changed, try again when it has finished</source>
        <translation>không gian làm việc đang bận: một chương trình khác đang ghi vào đó ({holders}); chưa có gì thay đổi, hãy thử lại khi chương trình đó xong</translation>
    </message>
    <message>
        <source>the workspace cannot be used: {reason}</source>
        <translation>không dùng được không gian làm việc: {reason}</translation>
    </message>
    <message>
        <source>a value holds characters that are not text ({reason})</source>
        <translation>một giá trị chứa ký tự không phải văn bản ({reason})</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name</source>
        <translation>{path} là một thư mục: hãy cho tên tệp</translation>
    </message>
    <message>
        <source>the folder {path} does not exist</source>
        <translation>thư mục {path} không tồn tại</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder</source>
        <translation>{path} là một tệp, không phải thư mục</translation>
    </message>
    <message>
        <source>the CA bundle {path} is not a readable file</source>
        <translation>tệp chứng chỉ CA {path} không phải là tệp đọc được</translation>
    </message>
    <message>
        <source>another sync of this workspace is already running ({holders}); this one sent nothing</source>
        <translation>một lần đồng bộ khác của không gian làm việc này đang chạy ({holders}); lần này chưa gửi gì</translation>
    </message>
    <message>
        <source>“{value}” is not a month: give 1 to 12</source>
        <translation>“{value}” không phải là tháng: hãy cho từ 1 đến 12</translation>
    </message>
    <message>
        <source>“{value}” is not a year from {min} to {max}</source>
        <translation>“{value}” không phải là năm từ {min} đến {max}</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number of at least {min}</source>
        <translation>“{value}” không phải là số nguyên từ {min} trở lên</translation>
    </message>
    <message>
        <source>{option}: {problem}</source>
        <translation>{option}: {problem}</translation>
    </message>
    <message>
        <source>{option}: “{value}” is not one of {choices}</source>
        <translation>{option}: “{value}” không thuộc {choices}</translation>
    </message>
    <message>
        <source>these are required: {options}</source>
        <translation>cần có: {options}</translation>
    </message>
    <message>
        <source>not understood: {options}</source>
        <translation>không hiểu: {options}</translation>
    </message>
    <message>
        <source>{option} needs a value</source>
        <translation>{option} cần một giá trị</translation>
    </message>
    <message>
        <source>{option}: “{value}” is not a whole number</source>
        <translation>{option}: “{value}” không phải là số nguyên</translation>
    </message>
    <message>
        <source>Updated {tax_code} {name}.</source>
        <translation>Đã cập nhật {tax_code} {name}.</translation>
    </message>
    <message>
        <source>Updated {code} {name}.</source>
        <translation>Đã cập nhật {code} {name}.</translation>
    </message>
    <message>
        <source>An XLSX copy is made of the energy report only; write FILE.pdf for {kind}.</source>
        <translation>Chỉ báo cáo năng lượng có bản XLSX; với {kind} hãy ghi ra TỆP.pdf.</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>{fuel} of month {months} not recorded</source>
        <translation>chưa nhập {fuel} tháng {months}</translation>
    </message>
    <message>
        <source>date of the last energy audit not entered</source>
        <translation>chưa nhập ngày kiểm toán năng lượng gần nhất</translation>
    </message>
</context>
<context>
    <name>EcoInnovation</name>
    <message>
        <source>Draft worksheets by SCP Desktop after the UNEP eco-innovation method: the method has no pass mark or score; rating scales, hotspot ratings and the completeness checklist are ours.</source>
        <translation>Các biểu mẫu dự thảo của SCP Desktop theo phương pháp đổi mới sinh thái của UNEP: phương pháp không có ngưỡng đạt hay điểm số; thang đánh giá, mức điểm nóng và danh mục mức độ hoàn thành là của chúng tôi.</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Chuẩn bị</translation>
    </message>
    <message>
        <source>Set strategy</source>
        <translation>Xây dựng chiến lược</translation>
    </message>
    <message>
        <source>Set business model</source>
        <translation>Xây dựng mô hình kinh doanh</translation>
    </message>
    <message>
        <source>Build roadmap</source>
        <translation>Xây dựng lộ trình</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Đánh giá lại</translation>
    </message>
    <message>
        <source>Key partners</source>
        <translation>Đối tác chính</translation>
    </message>
    <message>
        <source>Key activities</source>
        <translation>Hoạt động chính</translation>
    </message>
    <message>
        <source>Key resources</source>
        <translation>Nguồn lực chính</translation>
    </message>
    <message>
        <source>Value proposition</source>
        <translation>Giá trị mang lại</translation>
    </message>
    <message>
        <source>Customer relationships</source>
        <translation>Quan hệ khách hàng</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kênh phân phối</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Phân khúc khách hàng</translation>
    </message>
    <message>
        <source>Cost structure</source>
        <translation>Cơ cấu chi phí</translation>
    </message>
    <message>
        <source>Revenue streams</source>
        <translation>Dòng doanh thu</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Điểm mạnh</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Điểm yếu</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Thách thức</translation>
    </message>
    <message>
        <source>Business strategy</source>
        <translation>Chiến lược kinh doanh</translation>
    </message>
    <message>
        <source>Markets and customers</source>
        <translation>Thị trường và khách hàng</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Sản phẩm và dịch vụ</translation>
    </message>
    <message>
        <source>Operations and value chain</source>
        <translation>Vận hành và chuỗi giá trị</translation>
    </message>
    <message>
        <source>Raw materials</source>
        <translation>Nguyên liệu thô</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Sản xuất</translation>
    </message>
    <message>
        <source>Distribution and retail</source>
        <translation>Phân phối và bán lẻ</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Sử dụng</translation>
    </message>
    <message>
        <source>End of life</source>
        <translation>Thải bỏ</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Năng lượng</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Nguyên vật liệu</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Nước</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Chất thải</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>không đáng kể</translation>
    </message>
    <message>
        <source>low</source>
        <translation>thấp</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>trung bình</translation>
    </message>
    <message>
        <source>high (hotspot)</source>
        <translation>cao (điểm nóng)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <source>strong (6+ companies competing)</source>
        <translation>mạnh (từ 6 doanh nghiệp cạnh tranh)</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>vừa phải</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>yếu</translation>
    </message>
    <message>
        <source>short term</source>
        <translation>ngắn hạn</translation>
    </message>
    <message>
        <source>medium term</source>
        <translation>trung hạn</translation>
    </message>
    <message>
        <source>long term</source>
        <translation>dài hạn</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>đã lên kế hoạch</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>đang thực hiện</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>running</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>đã hoàn thành</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>đã dừng</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>càng thấp càng tốt</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>càng cao càng tốt</translation>
    </message>
    <message>
        <source>“{text}” is not a month: write 2026-03 or 03/2026.</source>
        <translation>“{text}” không phải là tháng: hãy ghi 2026-03 hoặc 03/2026.</translation>
    </message>
    <message>
        <source>The end ({end}) is before the start ({start}).</source>
        <translation>Thời điểm kết thúc ({end}) trước thời điểm bắt đầu ({start}).</translation>
    </message>
    <message>
        <source>Rate from 1 (low) to 5 (high).</source>
        <translation>Chấm từ 1 (thấp) đến 5 (cao).</translation>
    </message>
    <message>
        <source>“{text}” is not a year between 1990 and 2100.</source>
        <translation>“{text}” không phải là năm trong khoảng 1990 đến 2100.</translation>
    </message>
    <message>
        <source>“{text}” cannot be negative.</source>
        <translation>“{text}” không được âm.</translation>
    </message>
    <message>
        <source>The code “{code}” is already used in this project.</source>
        <translation>Mã “{code}” đã được dùng trong dự án này.</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {known}.</source>
        <translation>“{value}” không thuộc các lựa chọn: {known}.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>Tối đa {max} ký tự.</translation>
    </message>
    <message>
        <source>Energy use</source>
        <translation>Năng lượng sử dụng</translation>
    </message>
    <message>
        <source>Scope-2 CO₂ from electricity</source>
        <translation>CO₂ phạm vi 2 từ điện</translation>
    </message>
    <message>
        <source>Water use</source>
        <translation>Nước sử dụng</translation>
    </message>
    <message>
        <source>Material use</source>
        <translation>Nguyên vật liệu sử dụng</translation>
    </message>
    <message>
        <source>Waste generated</source>
        <translation>Chất thải phát sinh</translation>
    </message>
    <message>
        <source>Waste recovery rate</source>
        <translation>Tỷ lệ thu hồi chất thải</translation>
    </message>
    <message>
        <source>Non-biodegradable bags per transaction</source>
        <translation>Túi khó phân hủy trên mỗi giao dịch</translation>
    </message>
    <message>
        <source>Energy per unit of output</source>
        <translation>Năng lượng trên đơn vị sản phẩm</translation>
    </message>
    <message>
        <source>Water per unit of output</source>
        <translation>Nước trên đơn vị sản phẩm</translation>
    </message>
    <message>
        <source>Material per unit of output</source>
        <translation>Nguyên vật liệu trên đơn vị sản phẩm</translation>
    </message>
    <message>
        <source>{value} TOE in {year}</source>
        <translation>{value} TOE năm {year}</translation>
    </message>
    <message>
        <source>{value} m³ in {year}</source>
        <translation>{value} m³ năm {year}</translation>
    </message>
    <message>
        <source>{value} t of materials in {year}</source>
        <translation>{value} t nguyên vật liệu năm {year}</translation>
    </message>
    <message>
        <source>{value} t of waste in {year}, {rate} % recovered</source>
        <translation>{value} t chất thải năm {year}, thu hồi {rate} %</translation>
    </message>
    <message>
        <source>{value} kg of non-biodegradable bags in {year}</source>
        <translation>{value} kg túi khó phân hủy năm {year}</translation>
    </message>
    <message>
        <source>Describe the client&apos;s business</source>
        <translation>Mô tả hoạt động kinh doanh của khách hàng</translation>
    </message>
    <message>
        <source>Map the value chain (suppliers, operations, customers)</source>
        <translation>Vẽ chuỗi giá trị (nhà cung cấp, vận hành, khách hàng)</translation>
    </message>
    <message>
        <source>Name the project team</source>
        <translation>Ghi tên nhóm dự án</translation>
    </message>
    <message>
        <source>Answer the preliminary assessment</source>
        <translation>Trả lời đánh giá sơ bộ</translation>
    </message>
    <message>
        <source>Write the phase summary for the report</source>
        <translation>Viết phần tóm tắt giai đoạn cho báo cáo</translation>
    </message>
    <message>
        <source>Fill every SWOT quadrant</source>
        <translation>Điền đủ bốn ô SWOT</translation>
    </message>
    <message>
        <source>Rate the life-cycle hotspots</source>
        <translation>Đánh giá các điểm nóng vòng đời</translation>
    </message>
    <message>
        <source>Write the vision and goals</source>
        <translation>Viết tầm nhìn và mục tiêu</translation>
    </message>
    <message>
        <source>Set a measurable target (KPI with a baseline year and a target)</source>
        <translation>Đặt chỉ tiêu đo được (KPI có năm cơ sở và giá trị mục tiêu)</translation>
    </message>
    <message>
        <source>Describe all nine blocks of the current business model</source>
        <translation>Mô tả đủ chín khối của mô hình kinh doanh hiện tại</translation>
    </message>
    <message>
        <source>Describe the new business model</source>
        <translation>Mô tả mô hình kinh doanh mới</translation>
    </message>
    <message>
        <source>List ideas and rate their impact and ease</source>
        <translation>Liệt kê ý tưởng và chấm tác động, mức dễ thực hiện</translation>
    </message>
    <message>
        <source>Plan actions with owners, dates and KPIs</source>
        <translation>Lập kế hoạch hành động có người phụ trách, thời gian và KPI</translation>
    </message>
    <message>
        <source>Record a pilot with its status</source>
        <translation>Ghi dự án thí điểm và tình trạng</translation>
    </message>
    <message>
        <source>Record the pilot&apos;s investment and results</source>
        <translation>Ghi vốn đầu tư và kết quả thí điểm</translation>
    </message>
    <message>
        <source>Measure every KPI after its baseline year</source>
        <translation>Đo mọi KPI sau năm cơ sở</translation>
    </message>
    <message>
        <source>Record the findings of a review cycle</source>
        <translation>Ghi kết quả một chu kỳ đánh giá</translation>
    </message>
    <message>
        <source>There is no eco-innovation project {id}.</source>
        <translation>Không có dự án đổi mới sinh thái {id}.</translation>
    </message>
    <message>
        <source>Give the project a title.</source>
        <translation>Hãy đặt tên cho dự án.</translation>
    </message>
    <message>
        <source>The baseline year must be between 1990 and 2100.</source>
        <translation>Năm cơ sở phải trong khoảng 1990 đến 2100.</translation>
    </message>
    <message>
        <source>Unknown phase “{phase}”.</source>
        <translation>Không có giai đoạn “{phase}”.</translation>
    </message>
</context>
<context>
    <name>EcoProject</name>
    <message>
        <source>Measured by hand</source>
        <translation>Đo thủ công</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Thị trường</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Mức cạnh tranh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Ô SWOT</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Nhận định</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Năm cơ sở</translation>
    </message>
    <message>
        <source>Baseline (typed)</source>
        <translation>Giá trị cơ sở (nhập tay)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Năm mục tiêu</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều hướng</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Canvas block</source>
        <translation>Khối mô hình</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Ý tưởng</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Tác động</translation>
    </message>
    <message>
        <source>Ease</source>
        <translation>Mức dễ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Start (month)</source>
        <translation>Bắt đầu (tháng)</translation>
    </message>
    <message>
        <source>End (month)</source>
        <translation>Kết thúc (tháng)</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Thí điểm</translation>
    </message>
    <message>
        <source>Investment spent (VND)</source>
        <translation>Vốn đã chi (đồng)</translation>
    </message>
    <message>
        <source>Savings measured (VND/year)</source>
        <translation>Tiết kiệm đo được (đồng/năm)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết quả đánh giá</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Chuẩn bị</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Chiến lược</translation>
    </message>
    <message>
        <source>Business model</source>
        <translation>Mô hình kinh doanh</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Lộ trình</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Đánh giá lại</translation>
    </message>
    <message>
        <source>Edit the project</source>
        <translation>Sửa dự án</translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation>Trả lời câu hỏi</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Dự án mới…</translation>
    </message>
    <message>
        <source>Delete project…</source>
        <translation>Xóa dự án…</translation>
    </message>
    <message>
        <source>All c&amp;lients…</source>
        <translation>Mọi k&amp;hách hàng…</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>Dự á&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên dự án:</translation>
    </message>
    <message>
        <source>Co&amp;nsultant:</source>
        <translation>Chuyên gia tư &amp;vấn:</translation>
    </message>
    <message>
        <source>Client&apos;s &amp;representative:</source>
        <translation>Đại diện &amp;khách hàng:</translation>
    </message>
    <message>
        <source>&amp;Baseline year:</source>
        <translation>Năm &amp;cơ sở:</translation>
    </message>
    <message>
        <source>Report as P&amp;DF…</source>
        <translation>Báo cáo &amp;PDF…</translation>
    </message>
    <message>
        <source>Report as &amp;Word…</source>
        <translation>Báo cáo &amp;Word…</translation>
    </message>
    <message>
        <source>Report lan&amp;guage:</source>
        <translation>Ngôn ngữ báo cá&amp;o:</translation>
    </message>
    <message>
        <source>Add a row (Insert)</source>
        <translation>Thêm dòng (Insert)</translation>
    </message>
    <message>
        <source>Remove the row (Delete)</source>
        <translation>Xóa dòng (Delete)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>The client&apos;s business:</source>
        <translation>Hoạt động của khách hàng:</translation>
    </message>
    <message>
        <source>Products and services:</source>
        <translation>Sản phẩm và dịch vụ:</translation>
    </message>
    <message>
        <source>Suppliers →</source>
        <translation>Nhà cung cấp →</translation>
    </message>
    <message>
        <source>The client&apos;s operations →</source>
        <translation>Hoạt động của khách hàng →</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Chuỗi giá trị</translation>
    </message>
    <message>
        <source>Project team</source>
        <translation>Nhóm dự án</translation>
    </message>
    <message>
        <source>Target markets (the manual&apos;s competition question)</source>
        <translation>Thị trường mục tiêu (câu hỏi về mức cạnh tranh của sổ tay)</translation>
    </message>
    <message>
        <source>Start the preliminary &amp;assessment</source>
        <translation>Bắt đầu đánh giá &amp;sơ bộ</translation>
    </message>
    <message>
        <source>Preliminary assessment: maturity by area, no pass or fail</source>
        <translation>Đánh giá sơ bộ: mức độ sẵn sàng theo lĩnh vực, không có đạt hay không đạt</translation>
    </message>
    <message>
        <source>Summary of this phase for the report:</source>
        <translation>Tóm tắt giai đoạn này cho báo cáo:</translation>
    </message>
    <message>
        <source>SWOT by area</source>
        <translation>SWOT theo lĩnh vực</translation>
    </message>
    <message>
        <source>Note for the chosen cell:</source>
        <translation>Ghi chú cho ô đang chọn:</translation>
    </message>
    <message>
        <source>Life-cycle hotspots (stage × impact)</source>
        <translation>Điểm nóng vòng đời (giai đoạn × tác động)</translation>
    </message>
    <message>
        <source>Vision:</source>
        <translation>Tầm nhìn:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Mục tiêu:</translation>
    </message>
    <message>
        <source>Measurable targets (KPIs)</source>
        <translation>Chỉ tiêu đo được (KPI)</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Hiện tại:</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Mới:</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Thay đổi:</translation>
    </message>
    <message>
        <source>Bloc&amp;k:</source>
        <translation>Khố&amp;i:</translation>
    </message>
    <message>
        <source>Edit a block (click it on a canvas, or choose it here)</source>
        <translation>Sửa một khối (nhấp vào khối trên mô hình hoặc chọn ở đây)</translation>
    </message>
    <message>
        <source>Business case: the idea&apos;s CP options</source>
        <translation>Phân tích kinh tế: giải pháp SXSH của ý tưởng</translation>
    </message>
    <message>
        <source>Ideas (priority = impact × ease)</source>
        <translation>Ý tưởng (ưu tiên = tác động × mức dễ)</translation>
    </message>
    <message>
        <source>Actions: short, medium and long term</source>
        <translation>Hành động: ngắn, trung và dài hạn</translation>
    </message>
    <message>
        <source>Pilots: status, investment and results</source>
        <translation>Thí điểm: tình trạng, vốn đầu tư và kết quả</translation>
    </message>
    <message>
        <source>KPIs against the baseline, year after year</source>
        <translation>KPI so với năm cơ sở qua từng năm</translation>
    </message>
    <message>
        <source>Values measured by hand (KPIs not in the records)</source>
        <translation>Giá trị đo thủ công (KPI không có trong hồ sơ)</translation>
    </message>
    <message>
        <source>Review cycles: findings and next steps</source>
        <translation>Chu kỳ đánh giá: kết quả và bước tiếp theo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Draft questions, scored by area to show where the client stands; UNEP&apos;s method has no pass mark.</source>
        <translation>Câu hỏi dự thảo, tính điểm theo lĩnh vực để thấy khách hàng đang ở đâu; phương pháp UNEP không có ngưỡng đạt.</translation>
    </message>
    <message>
        <source>Rate each cell (double-click or F2); figures from the client&apos;s records for the baseline year are filled in where they exist.</source>
        <translation>Đánh giá từng ô (nhấp đúp hoặc F2); số liệu năm cơ sở từ hồ sơ của khách hàng được điền sẵn khi có.</translation>
    </message>
    <message>
        <source>Record KPIs follow the client&apos;s records each year; the others take the values measured below. Green: moved the right way.</source>
        <translation>KPI theo hồ sơ lấy số liệu của khách hàng từng năm; các KPI khác lấy giá trị đo ở dưới. Màu xanh: thay đổi đúng hướng.</translation>
    </message>
    <message>
        <source>No eco-innovation project for this client yet: start one with “New project…”.</source>
        <translation>Khách hàng này chưa có dự án đổi mới sinh thái: bắt đầu bằng “Dự án mới…”.</translation>
    </message>
    <message>
        <source>Choose or add an organization first.</source>
        <translation>Hãy chọn hoặc thêm một tổ chức trước.</translation>
    </message>
    <message>
        <source>Current business model</source>
        <translation>Mô hình kinh doanh hiện tại</translation>
    </message>
    <message>
        <source>New business model</source>
        <translation>Mô hình kinh doanh mới</translation>
    </message>
    <message>
        <source>{pilot}: planned {planned} VND (business case), spent {spent} VND</source>
        <translation>{pilot}: dự kiến {planned} đồng (phân tích kinh tế), đã chi {spent} đồng</translation>
    </message>
    <message>
        <source>Still to do: {steps}</source>
        <translation>Còn phải làm: {steps}</translation>
    </message>
    <message>
        <source>Every worksheet of this phase is filled in.</source>
        <translation>Đã điền đủ mọi biểu mẫu của giai đoạn này.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Every change is saved.</source>
        <translation>Mọi thay đổi đã được lưu.</translation>
    </message>
    <message>
        <source>Choose an idea to link its cleaner-production options.</source>
        <translation>Chọn một ý tưởng để liên kết các giải pháp sản xuất sạch hơn.</translation>
    </message>
    <message>
        <source>The client has no cleaner-production options yet: add them on the CP page.</source>
        <translation>Khách hàng chưa có giải pháp sản xuất sạch hơn: hãy thêm ở trang SXSH.</translation>
    </message>
    <message>
        <source>{idea}: no option linked yet.</source>
        <translation>{idea}: chưa liên kết giải pháp nào.</translation>
    </message>
    <message>
        <source>{idea}: investment {investment} VND, savings {savings} VND/year, payback {payback} years, NPV {npv} VND at {rate} %, IRR {irr}</source>
        <translation>{idea}: đầu tư {investment} đồng, tiết kiệm {savings} đồng/năm, hoàn vốn {payback} năm, NPV {npv} đồng với chiết khấu {rate} %, IRR {irr}</translation>
    </message>
    <message>
        <source>Delete the project “{title}” and all its worksheets?</source>
        <translation>Xóa dự án “{title}” cùng mọi biểu mẫu của nó?</translation>
    </message>
    <message>
        <source>{year} is not over: its figures are the year so far.</source>
        <translation>Năm {year} chưa kết thúc: số liệu tính đến hiện tại.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Lưu báo cáo thành</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>Đã lưu báo cáo: {file}</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Đang ghi {file}…</translation>
    </message>
    <message>
        <source>New eco-innovation project</source>
        <translation>Dự án đổi mới sinh thái mới</translation>
    </message>
    <message>
        <source>Eco-innovation {year}</source>
        <translation>Đổi mới sinh thái {year}</translation>
    </message>
    <message>
        <source>Eco-innovation projects of every client</source>
        <translation>Dự án đổi mới sinh thái của mọi khách hàng</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Tiến độ (%)</translation>
    </message>
    <message>
        <source>Give actions a start month to see them here.</source>
        <translation>Nhập tháng bắt đầu cho các hành động để thấy chúng ở đây.</translation>
    </message>
</context>
<context>
    <name>EcoReport</name>
    <message>
        <source>Eco-innovation report: {client}</source>
        <translation>Báo cáo đổi mới sinh thái: {client}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Sector (VSIC)</source>
        <translation>Ngành (VSIC)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Chuyên gia tư vấn</translation>
    </message>
    <message>
        <source>Client&apos;s representative</source>
        <translation>Đại diện khách hàng</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Năm cơ sở</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Ngày báo cáo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <source>UNEP eco-innovation method, six phases: prepare, set strategy, set business model, build roadmap, implement, review. The figures are the client&apos;s own records in SCP Desktop.</source>
        <translation>Phương pháp đổi mới sinh thái của UNEP gồm sáu giai đoạn: chuẩn bị, xây dựng chiến lược, xây dựng mô hình kinh doanh, xây dựng lộ trình, thực hiện, đánh giá lại. Số liệu là hồ sơ của chính khách hàng trong SCP Desktop.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Phase {number}: {name}</source>
        <translation>Giai đoạn {number}: {name}</translation>
    </message>
    <message>
        <source>(No summary written for this phase yet.)</source>
        <translation>(Chưa có tóm tắt cho giai đoạn này.)</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>Hồ sơ doanh nghiệp</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Sản phẩm và dịch vụ</translation>
    </message>
    <message>
        <source>Value chain</source>
        <translation>Chuỗi giá trị</translation>
    </message>
    <message>
        <source>Suppliers</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>The client&apos;s operations</source>
        <translation>Hoạt động của khách hàng</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Project team</source>
        <translation>Nhóm dự án</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Target markets</source>
        <translation>Thị trường mục tiêu</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Thị trường</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Mức cạnh tranh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Preliminary assessment: maturity by area</source>
        <translation>Đánh giá sơ bộ: mức độ sẵn sàng theo lĩnh vực</translation>
    </message>
    <message>
        <source>Draft questions of SCP Desktop, answered with the client: a picture of where the client stands, with no pass or fail.</source>
        <translation>Câu hỏi dự thảo của SCP Desktop, trả lời cùng khách hàng: bức tranh về vị trí hiện tại của khách hàng, không có đạt hay không đạt.</translation>
    </message>
    <message>
        <source>The preliminary assessment has not been started.</source>
        <translation>Chưa bắt đầu đánh giá sơ bộ.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Share of points (%)</source>
        <translation>Tỷ lệ điểm (%)</translation>
    </message>
    <message>
        <source>SWOT by area</source>
        <translation>SWOT theo lĩnh vực</translation>
    </message>
    <message>
        <source>Life-cycle hotspots</source>
        <translation>Điểm nóng trong vòng đời</translation>
    </message>
    <message>
        <source>Rows: life-cycle stages; columns: impacts. Ratings are the consultant&apos;s; figures in italics are the client&apos;s own records for {year}.</source>
        <translation>Hàng: các giai đoạn vòng đời; cột: tác động. Mức đánh giá do chuyên gia tư vấn đưa ra; số liệu in nghiêng là hồ sơ của khách hàng năm {year}.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Tầm nhìn</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Measurable targets</source>
        <translation>Chỉ tiêu đo được</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Đến năm</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều hướng</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>records</source>
        <translation>hồ sơ</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>đo</translation>
    </message>
    <message>
        <source>Business model canvas: current</source>
        <translation>Mô hình kinh doanh: hiện tại</translation>
    </message>
    <message>
        <source>Business model canvas: new</source>
        <translation>Mô hình kinh doanh: mới</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>The blocks in full: current, new and what changes</source>
        <translation>Nội dung đầy đủ các khối: hiện tại, mới và thay đổi</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Khối</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>No block of the business model changes yet.</source>
        <translation>Chưa có khối nào của mô hình kinh doanh thay đổi.</translation>
    </message>
    <message>
        <source>Ideas, by priority</source>
        <translation>Ý tưởng theo thứ tự ưu tiên</translation>
    </message>
    <message>
        <source>Impact and ease rated 1 (low) to 5 (high) with the client; priority = impact × ease (our draft rule).</source>
        <translation>Tác động và mức dễ thực hiện chấm từ 1 (thấp) đến 5 (cao) cùng khách hàng; mức ưu tiên = tác động × mức dễ (quy tắc dự thảo của chúng tôi).</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Ý tưởng</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Tác động</translation>
    </message>
    <message>
        <source>Ease</source>
        <translation>Mức dễ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Impact × ease matrix</source>
        <translation>Ma trận tác động × mức dễ</translation>
    </message>
    <message>
        <source>Business case from the cleaner-production register</source>
        <translation>Phân tích kinh tế từ sổ giải pháp sản xuất sạch hơn</translation>
    </message>
    <message>
        <source>Linked options of the client&apos;s CP register; NPV at {rate} % over each option&apos;s life ({years} years where none is recorded; reference data), payback = investment ÷ annual savings.</source>
        <translation>Các giải pháp đã liên kết trong sổ SXSH của khách hàng; NPV với chiết khấu {rate} % theo tuổi thọ từng giải pháp ({years} năm nếu chưa ghi; dữ liệu tham chiếu), thời gian hoàn vốn = vốn đầu tư ÷ tiết kiệm hằng năm.</translation>
    </message>
    <message>
        <source>CP options</source>
        <translation>Giải pháp SXSH</translation>
    </message>
    <message>
        <source>Investment (VND)</source>
        <translation>Vốn đầu tư (đồng)</translation>
    </message>
    <message>
        <source>Savings (VND/year)</source>
        <translation>Tiết kiệm (đồng/năm)</translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>Hoàn vốn (năm)</translation>
    </message>
    <message>
        <source>NPV (VND)</source>
        <translation>NPV (đồng)</translation>
    </message>
    <message>
        <source>IRR (%)</source>
        <translation>IRR (%)</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Lộ trình</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Pilots</source>
        <translation>Dự án thí điểm</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Thí điểm</translation>
    </message>
    <message>
        <source>Planned investment (VND)</source>
        <translation>Vốn dự kiến (đồng)</translation>
    </message>
    <message>
        <source>Actual investment (VND)</source>
        <translation>Vốn thực chi (đồng)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>KPIs against the baseline</source>
        <translation>KPI so với năm cơ sở</translation>
    </message>
    <message>
        <source>Each year: the value and its change against the baseline (%); progress = share of the way from the baseline to the target. “records”: computed from the client&apos;s records; “measured”: entered by the consultant. {partial}</source>
        <translation>Mỗi năm: giá trị và mức thay đổi so với năm cơ sở (%); tiến độ = phần đã đi được từ năm cơ sở đến mục tiêu. “hồ sơ”: tính từ hồ sơ của khách hàng; “đo”: do chuyên gia tư vấn nhập. {partial}</translation>
    </message>
    <message>
        <source>{year} is not over: its figures are the year so far.</source>
        <translation>Năm {year} chưa kết thúc: số liệu tính đến hiện tại.</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Tiến độ (%)</translation>
    </message>
    <message>
        <source>Review cycles</source>
        <translation>Các chu kỳ đánh giá</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết quả đánh giá</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Chưa có.</translation>
    </message>
    <message>
        <source>Consultant (signature)</source>
        <translation>Chuyên gia tư vấn (ký tên)</translation>
    </message>
    <message>
        <source>For the client (signature, seal)</source>
        <translation>Đại diện khách hàng (ký tên, đóng dấu)</translation>
    </message>
    <message>
        <source>Date: ……/……/…………</source>
        <translation>Ngày ……/……/…………</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Mới</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>&amp;Print or save as PDF…</source>
        <translation>&amp;In hoặc lưu thành PDF…</translation>
    </message>
    <message>
        <source>&amp;Find in the table</source>
        <translation>&amp;Tìm trong bảng</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Chu&amp;yển trang</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Hoàn tác: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Làm lại: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
</context>
<context>
    <name>Energy</name>
    <message>
        <source>Unknown fuel “{fuel}”. Known fuels: {known}.</source>
        <translation>Không có nhiên liệu “{fuel}”. Các nhiên liệu: {known}.</translation>
    </message>
    <message>
        <source>Unknown unit “{unit}”. Known units: {known}.</source>
        <translation>Không có đơn vị “{unit}”. Các đơn vị: {known}.</translation>
    </message>
    <message>
        <source>{fuel} cannot be measured in {unit}; use one of: {allowed}.</source>
        <translation>Không thể đo {fuel} bằng {unit}; hãy dùng một trong: {allowed}.</translation>
    </message>
    <message>
        <source>Biomass needs its net calorific value (GJ/t) to convert to TOE.</source>
        <translation>Sinh khối cần nhiệt trị thấp (GJ/t) để quy đổi ra TOE.</translation>
    </message>
    <message>
        <source>A net calorific value of {ncv} GJ/t is outside 1–45 GJ/t for biomass.</source>
        <translation>Nhiệt trị {ncv} GJ/t nằm ngoài khoảng 1–45 GJ/t của sinh khối.</translation>
    </message>
    <message>
        <source>emits {co2e} t CO₂ (Scope 1 + 2), at least {threshold} t</source>
        <translation>phát thải {co2e} tấn CO₂ (phạm vi 1 + 2), từ {threshold} tấn trở lên</translation>
    </message>
    <message>
        <source>uses {toe} TOE, at least the {threshold} TOE of an industrial facility or commercial building</source>
        <translation>tiêu thụ {toe} TOE, từ ngưỡng {threshold} TOE của cơ sở sản xuất công nghiệp hoặc tòa nhà thương mại trở lên</translation>
    </message>
</context>
<context>
    <name>EnergyReport</name>
    <message>
        <source>Report on energy use in {year}</source>
        <translation>Báo cáo tình hình sử dụng năng lượng năm {year}</translation>
    </message>
    <message>
        <source>With the content of form Mẫu 1.1, Annex I, Circular 25/2020/TT-BCT (amended by Circular 15/2023/TT-BCT), as far as the records fill it. The layout is SCP Desktop&apos;s: compare it with the form on dataenergy.vn before submitting. Due before 15 January {due_year} (Circular 25/2020/TT-BCT Art. 5).</source>
        <translation>Gồm các nội dung của Mẫu 1.1, Phụ lục I, Thông tư 25/2020/TT-BCT (sửa đổi bởi Thông tư 15/2023/TT-BCT) mà số liệu đã ghi nhận điền được. Bố cục do SCP Desktop trình bày: đối chiếu với biểu mẫu trên dataenergy.vn trước khi nộp. Hạn gửi: trước ngày 15 tháng 01 năm {due_year} (Điều 5 Thông tư 25/2020/TT-BCT).</translation>
    </message>
    <message>
        <source>To: the Department of Industry and Trade of {province}</source>
        <translation>Kính gửi: Sở Công Thương {province}</translation>
    </message>
    <message>
        <source>The organization&apos;s facilities and their duties in {year}</source>
        <translation>Các cơ sở của doanh nghiệp và nghĩa vụ của từng cơ sở năm {year}</translation>
    </message>
    <message>
        <source>Key-energy-user status and the GHG inventory duty are judged for each facility on its own, never on the organization&apos;s total. Each facility&apos;s report follows, addressed to its province.</source>
        <translation>Việc là cơ sở sử dụng năng lượng trọng điểm và nghĩa vụ kiểm kê khí nhà kính được xét riêng cho từng cơ sở, không xét trên tổng của doanh nghiệp. Báo cáo của từng cơ sở ở các trang sau, gửi Sở Công Thương nơi có cơ sở.</translation>
    </message>
    <message>
        <source>I. The facility</source>
        <translation>I. Thông tin chung về cơ sở</translation>
    </message>
    <message>
        <source>II. Products, capacity and output</source>
        <translation>II. Sản phẩm, công suất và sản lượng</translation>
    </message>
    <message>
        <source>III. Energy used, by fuel</source>
        <translation>III. Tình hình tiêu thụ năng lượng theo loại nhiên liệu</translation>
    </message>
    <message>
        <source>IV. CO₂ emissions</source>
        <translation>IV. Phát thải CO₂</translation>
    </message>
    <message>
        <source>V. Duties</source>
        <translation>V. Nghĩa vụ của cơ sở</translation>
    </message>
    <message>
        <source>VI. Specific energy consumption</source>
        <translation>VI. Suất tiêu hao năng lượng</translation>
    </message>
    <message>
        <source>VII. Energy-saving measures carried out</source>
        <translation>VII. Các giải pháp tiết kiệm năng lượng đã thực hiện</translation>
    </message>
    <message>
        <source>VIII. Measures planned for next year</source>
        <translation>VIII. Kế hoạch giải pháp cho năm tới</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Kind of facility</source>
        <translation>Loại cơ sở</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Sector (VSIC 2018)</source>
        <translation>Ngành kinh tế (VSIC 2018)</translation>
    </message>
    <message>
        <source>Contact (name, telephone, e-mail)</source>
        <translation>Người liên hệ (họ tên, điện thoại, thư điện tử)</translation>
    </message>
    <message>
        <source>Energy manager</source>
        <translation>Người quản lý năng lượng</translation>
    </message>
    <message>
        <source>Energy manager&apos;s certificate (number, date)</source>
        <translation>Chứng chỉ quản lý năng lượng (số, ngày cấp)</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Trạng thái báo cáo</translation>
    </message>
    <message>
        <source>Main products</source>
        <translation>Sản phẩm chính</translation>
    </message>
    <message>
        <source>Design capacity</source>
        <translation>Công suất thiết kế</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Output in {year}</source>
        <translation>Sản lượng năm {year}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Production value (VND)</source>
        <translation>Giá trị sản xuất (đồng)</translation>
    </message>
    <message>
        <source>No production output is recorded for {year}.</source>
        <translation>Chưa ghi nhận sản lượng năm {year}.</translation>
    </message>
    <message>
        <source>Fuel or energy</source>
        <translation>Loại nhiên liệu, năng lượng</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>TOE</source>
        <translation>TOE</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Tỷ trọng (%)</translation>
    </message>
    <message>
        <source>Cost (VND)</source>
        <translation>Chi phí (đồng)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>TOE by the conversion table of Official Letter 3505/BCT-KHCN (2011); biomass by its net calorific value ÷ 41.868 GJ/TOE.</source>
        <translation>Quy đổi TOE theo bảng của Công văn 3505/BCT-KHCN (2011); sinh khối theo nhiệt trị thấp ÷ 41,868 GJ/TOE.</translation>
    </message>
    <message>
        <source>Self-generated renewable electricity used: {mwh} MWh (no Scope 2 emissions).</source>
        <translation>Điện tự sản xuất từ nguồn tái tạo đã sử dụng: {mwh} MWh (không có phát thải phạm vi 2).</translation>
    </message>
    <message>
        <source>Renewable share of the energy used (self-generated electricity, biomass): {share} %.</source>
        <translation>Tỷ trọng năng lượng tái tạo trong năng lượng sử dụng (điện tự sản xuất, sinh khối): {share} %.</translation>
    </message>
    <message>
        <source>No self-generated or renewable energy is recorded.</source>
        <translation>Chưa ghi nhận năng lượng tự sản xuất hoặc năng lượng tái tạo.</translation>
    </message>
    <message>
        <source>Source of emissions</source>
        <translation>Nguồn phát thải</translation>
    </message>
    <message>
        <source>t CO₂</source>
        <translation>tấn CO₂</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <source>Scope 1: {fuel} burnt</source>
        <translation>Phạm vi 1: đốt {fuel}</translation>
    </message>
    <message>
        <source>{gj} GJ × {factor} kg CO₂/TJ (IPCC 2006, provisional)</source>
        <translation>{gj} GJ × {factor} kg CO₂/TJ (IPCC 2006, tạm tính)</translation>
    </message>
    <message>
        <source>Scope 2: electricity bought from the grid</source>
        <translation>Phạm vi 2: điện mua từ lưới</translation>
    </message>
    <message>
        <source>{mwh} MWh × {factor} t CO₂/MWh, grid factor of {year}</source>
        <translation>{mwh} MWh × {factor} tấn CO₂/MWh, hệ số lưới điện năm {year}</translation>
    </message>
    <message>
        <source>provisional: no factor published for {year} yet</source>
        <translation>tạm tính: chưa công bố hệ số năm {year}</translation>
    </message>
    <message>
        <source>Scope 1 + Scope 2</source>
        <translation>Phạm vi 1 + phạm vi 2</translation>
    </message>
    <message>
        <source>Biogenic CO₂ from biomass (reported apart, not in Scope 1)</source>
        <translation>CO₂ sinh học từ đốt sinh khối (báo cáo riêng, không tính vào phạm vi 1)</translation>
    </message>
    <message>
        <source>CO₂ only (the GHG inventory itself also counts CH₄ and N₂O). Scope 1 factors: IPCC 2006 defaults, to which Decision 2626/QĐ-BTNMT refers where it gives none; its annex could not be checked, so they are provisional. The coal grades are taken as anthracite.</source>
        <translation>Chỉ tính CO₂ (khi kiểm kê khí nhà kính còn tính CH₄ và N₂O). Hệ số phạm vi 1: hệ số mặc định IPCC 2006, được Quyết định 2626/QĐ-BTNMT dẫn chiếu khi không có hệ số quốc gia; chưa đối chiếu được phụ lục của Quyết định nên đây là số tạm tính. Các loại than được coi là than antraxit.</translation>
    </message>
    <message>
        <source>Key energy user (Decree 21/2011/NĐ-CP Art. 6)</source>
        <translation>Cơ sở sử dụng năng lượng trọng điểm (Điều 6 Nghị định 21/2011/NĐ-CP)</translation>
    </message>
    <message>
        <source>yes: {toe} TOE, threshold {threshold} TOE for a {kind}</source>
        <translation>có: {toe} TOE, ngưỡng {threshold} TOE đối với {kind}</translation>
    </message>
    <message>
        <source>no: {toe} TOE, below the {threshold} TOE of a {kind}</source>
        <translation>không: {toe} TOE, dưới ngưỡng {threshold} TOE đối với {kind}</translation>
    </message>
    <message>
        <source>GHG inventory (Decree 06/2022/NĐ-CP, amended by 119/2025/NĐ-CP)</source>
        <translation>Kiểm kê khí nhà kính (Nghị định 06/2022/NĐ-CP, sửa đổi bởi Nghị định 119/2025/NĐ-CP)</translation>
    </message>
    <message>
        <source>Key energy user</source>
        <translation>Cơ sở trọng điểm</translation>
    </message>
    <message>
        <source>GHG inventory duty</source>
        <translation>Phải kiểm kê khí nhà kính</translation>
    </message>
    <message>
        <source>t CO₂, Scope 1 + 2</source>
        <translation>tấn CO₂, phạm vi 1 + 2</translation>
    </message>
    <message>
        <source>meets the criteria: {reasons}</source>
        <translation>đáp ứng tiêu chí: {reasons}</translation>
    </message>
    <message>
        <source>does not meet the criteria by these records ({co2e} t CO₂ of Scope 1 + 2; {toe} TOE)</source>
        <translation>không đáp ứng tiêu chí theo số liệu đã ghi ({co2e} tấn CO₂ phạm vi 1 + 2; {toe} TOE)</translation>
    </message>
    <message>
        <source>on the Prime Minister&apos;s published list of inventory facilities</source>
        <translation>có tên trong danh mục cơ sở phải kiểm kê do Thủ tướng Chính phủ ban hành</translation>
    </message>
    <message>
        <source>not marked as on the published list</source>
        <translation>chưa ghi nhận có tên trong danh mục đã ban hành</translation>
    </message>
    <message>
        <source>emissions of at least {threshold} t CO₂e</source>
        <translation>phát thải từ {threshold} tấn CO₂tđ trở lên</translation>
    </message>
    <message>
        <source>energy use of at least {threshold} TOE</source>
        <translation>tiêu thụ năng lượng từ {threshold} TOE trở lên</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>MJ per {unit}</source>
        <translation>MJ/{unit}</translation>
    </message>
    <message>
        <source>Specific energy consumption</source>
        <translation>Suất tiêu hao năng lượng</translation>
    </message>
    <message>
        <source>Energy used (TOE × 41,868 MJ/TOE) divided by the output recorded in each unit.</source>
        <translation>Năng lượng sử dụng (TOE × 41.868 MJ/TOE) chia cho sản lượng ghi nhận theo từng đơn vị.</translation>
    </message>
    <message>
        <source>MOIT norm {product}, {period}: {value} {unit} · this facility: {sec} {unit}</source>
        <translation>Định mức của Bộ Công Thương cho {product}, giai đoạn {period}: {value} {unit} · cơ sở: {sec} {unit}</translation>
    </message>
    <message>
        <source>{pct} % above the norm</source>
        <translation>cao hơn định mức {pct} %</translation>
    </message>
    <message>
        <source>within the norm ({pct} % below it)</source>
        <translation>đạt định mức (thấp hơn {pct} %)</translation>
    </message>
    <message>
        <source>MOIT norm {product}: no output recorded in {unit} for {year}, so it cannot be compared.</source>
        <translation>Định mức của Bộ Công Thương cho {product}: chưa ghi nhận sản lượng tính bằng {unit} năm {year} nên chưa so sánh được.</translation>
    </message>
    <message>
        <source>MOIT norm {product}: no period of the norm covers {year}, so none is applied.</source>
        <translation>Định mức của Bộ Công Thương cho {product}: không có giai đoạn áp dụng cho năm {year} nên không so sánh.</translation>
    </message>
    <message>
        <source>No MOIT specific-energy-consumption norm is chosen for this facility.</source>
        <translation>Chưa chọn định mức tiêu hao năng lượng của Bộ Công Thương cho cơ sở này.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Investment (VND)</source>
        <translation>Vốn đầu tư (đồng)</translation>
    </message>
    <message>
        <source>Electricity saved (kWh/year)</source>
        <translation>Điện tiết kiệm (kWh/năm)</translation>
    </message>
    <message>
        <source>Savings (VND/year)</source>
        <translation>Tiết kiệm (đồng/năm)</translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>Hoàn vốn (năm)</translation>
    </message>
    <message>
        <source>None recorded in the cleaner-production register.</source>
        <translation>Chưa ghi nhận trong sổ giải pháp sản xuất sạch hơn.</translation>
    </message>
    <message>
        <source>Energy used by month (TOE)</source>
        <translation>Năng lượng sử dụng theo tháng (TOE)</translation>
    </message>
    <message>
        <source>Energy manager (signature, name)</source>
        <translation>Người quản lý năng lượng (ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>Head of the facility (signature, seal)</source>
        <translation>Thủ trưởng cơ sở (ký tên, đóng dấu)</translation>
    </message>
    <message>
        <source>Date: ……/……/…………</source>
        <translation>Ngày ……/……/…………</translation>
    </message>
    <message>
        <source>not finalized: draft figures</source>
        <translation>chưa chốt: số liệu nháp</translation>
    </message>
    <message>
        <source>No energy records for {org} in {year}.</source>
        <translation>Chưa có số liệu năng lượng của {org} năm {year}.</translation>
    </message>
    <message>
        <source>plant</source>
        <translation>nhà máy</translation>
    </message>
    <message>
        <source>store (building)</source>
        <translation>cửa hàng (công trình xây dựng)</translation>
    </message>
    <message>
        <source>market (building)</source>
        <translation>chợ (công trình xây dựng)</translation>
    </message>
    <message>
        <source>building</source>
        <translation>công trình xây dựng</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>kho</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>cơ sở</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>Something went wrong. What you typed has been kept; please try again. If it happens again, send the details to support.</source>
        <translation>Đã xảy ra sự cố. Dữ liệu bạn đã nhập vẫn được giữ nguyên; vui lòng thử lại. Nếu lỗi lặp lại, hãy gửi thông tin chi tiết cho bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
</context>
<context>
    <name>Facility</name>
    <message>
        <source>A facility code has 1–20 letters, digits, “-” or “_”; found “{text}”.</source>
        <translation>Mã cơ sở gồm 1–20 chữ cái, chữ số, “-” hoặc “_”; đã nhập “{text}”.</translation>
    </message>
    <message>
        <source>The last energy audit cannot be in the future ({date}).</source>
        <translation>Ngày kiểm toán năng lượng gần nhất không thể ở tương lai ({date}).</translation>
    </message>
    <message>
        <source>“{code}” is not a MOIT energy norm. Known: {known}.</source>
        <translation>“{code}” không phải là một định mức năng lượng của Bộ Công Thương. Các định mức: {known}.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>Tối đa {max} ký tự.</translation>
    </message>
    <message>
        <source>This organization already has a facility with code {code}.</source>
        <translation>Tổ chức này đã có cơ sở mang mã {code}.</translation>
    </message>
</context>
<context>
    <name>FacilityKind</name>
    <message>
        <source>Plant</source>
        <translation>Nhà máy</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Chợ</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Tòa nhà</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Kho</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Nhiên liệu</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Net calorific value</source>
        <translation>Nhiệt trị thấp</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <source>Production value</source>
        <translation>Giá trị sản xuất</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Water used</source>
        <translation>Lượng nước sử dụng</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Nguyên vật liệu</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Loại chất thải</translation>
    </message>
    <message>
        <source>Treatment route</source>
        <translation>Hình thức xử lý</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Số giao dịch</translation>
    </message>
    <message>
        <source>Non-biodegradable bags</source>
        <translation>Túi khó phân hủy</translation>
    </message>
    <message>
        <source>Non-biodegradable bags, weight</source>
        <translation>Khối lượng túi khó phân hủy</translation>
    </message>
    <message>
        <source>Biodegradable bags</source>
        <translation>Túi phân hủy sinh học</translation>
    </message>
    <message>
        <source>Biodegradable bags, weight</source>
        <translation>Khối lượng túi phân hủy sinh học</translation>
    </message>
    <message>
        <source>Paper bags</source>
        <translation>Túi giấy</translation>
    </message>
    <message>
        <source>Paper bags, weight</source>
        <translation>Khối lượng túi giấy</translation>
    </message>
    <message>
        <source>Reusable bags sold</source>
        <translation>Túi dùng nhiều lần đã bán</translation>
    </message>
    <message>
        <source>Option code</source>
        <translation>Mã giải pháp</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm giải pháp</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Tính khả thi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Vốn đầu tư</translation>
    </message>
    <message>
        <source>Annual net savings</source>
        <translation>Tiết kiệm ròng hằng năm</translation>
    </message>
    <message>
        <source>Electricity saved</source>
        <translation>Điện tiết kiệm</translation>
    </message>
    <message>
        <source>Materials or fuel saved</source>
        <translation>Nguyên liệu hoặc nhiên liệu tiết kiệm</translation>
    </message>
    <message>
        <source>Water saved</source>
        <translation>Nước tiết kiệm</translation>
    </message>
    <message>
        <source>Waste avoided</source>
        <translation>Chất thải giảm được</translation>
    </message>
    <message>
        <source>Wastewater avoided</source>
        <translation>Nước thải giảm được</translation>
    </message>
    <message>
        <source>CO₂ avoided</source>
        <translation>CO₂ giảm được</translation>
    </message>
    <message>
        <source>Useful life</source>
        <translation>Thời gian sử dụng</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Report saved</source>
        <translation>Đã lưu báo cáo</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Đã lưu thành {file}.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>Mở &amp;thư mục</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to SCP Desktop</source>
        <translation>Chào mừng đến với SCP Desktop</translation>
    </message>
    <message>
        <source>SCP Desktop keeps your sustainable-production records on this computer, works offline, and prepares your reports to the Ministry of Industry and Trade.</source>
        <translation>SCP Desktop lưu số liệu sản xuất bền vững của bạn ngay trên máy tính này, hoạt động không cần mạng và chuẩn bị báo cáo gửi Bộ Công Thương.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Explore the demo workspace (sample enterprises, two years of data)</source>
        <translation>Dùng thử với dữ liệu mẫu (doanh nghiệp mẫu, số liệu hai năm)</translation>
    </message>
    <message>
        <source>Or register your own organization:</source>
        <translation>Hoặc đăng ký tổ chức của bạn:</translation>
    </message>
    <message>
        <source>Create organization and start</source>
        <translation>Tạo tổ chức và bắt đầu</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>TOE (tonne of oil equivalent)</source>
        <translation>TOE (tấn dầu tương đương)</translation>
    </message>
    <message>
        <source>The common measure of energy: every fuel and kWh is converted to tonnes of oil equivalent so that they can be added up.</source>
        <translation>Đơn vị đo chung của năng lượng: mọi nhiên liệu và kWh được quy đổi ra tấn dầu tương đương để cộng được với nhau.</translation>
    </message>
    <message>
        <source>Key energy user</source>
        <translation>Cơ sở sử dụng năng lượng trọng điểm</translation>
    </message>
    <message>
        <source>A facility whose yearly energy use reaches the threshold for its kind ({plant} TOE for a plant, {store} TOE for a store or building); it has duties of its own: an energy manager, an annual report, an energy audit every three years.</source>
        <translation>Cơ sở có mức tiêu thụ năng lượng hằng năm đạt ngưỡng của loại hình mình ({plant} TOE đối với nhà máy, {store} TOE đối với cửa hàng hoặc tòa nhà); cơ sở có các nghĩa vụ riêng: người quản lý năng lượng, báo cáo hằng năm, kiểm toán năng lượng ba năm một lần.</translation>
    </message>
    <message>
        <source>Scope 1 emissions</source>
        <translation>Phát thải phạm vi 1</translation>
    </message>
    <message>
        <source>CO₂ from fuel burned at the facility itself (coal, oil, gas). Fuels from biomass are shown apart as biogenic CO₂.</source>
        <translation>CO₂ từ nhiên liệu đốt tại chính cơ sở (than, dầu, khí). Nhiên liệu sinh khối được ghi riêng là CO₂ sinh học.</translation>
    </message>
    <message>
        <source>Scope 2 emissions</source>
        <translation>Phát thải phạm vi 2</translation>
    </message>
    <message>
        <source>CO₂ from the electricity the facility buys from the grid, with the grid factor of the year.</source>
        <translation>CO₂ từ điện cơ sở mua của lưới điện, tính theo hệ số phát thải lưới điện của năm.</translation>
    </message>
    <message>
        <source>GHG inventory</source>
        <translation>Kiểm kê khí nhà kính</translation>
    </message>
    <message>
        <source>Counting a facility&apos;s greenhouse-gas emissions each year, a duty above the thresholds.</source>
        <translation>Việc tính lượng phát thải khí nhà kính của cơ sở hằng năm, là nghĩa vụ khi vượt các ngưỡng.</translation>
    </message>
    <message>
        <source>Cleaner production (SXSH)</source>
        <translation>Sản xuất sạch hơn (SXSH)</translation>
    </message>
    <message>
        <source>Changes to a process, its materials or its management that use less energy, water and materials and make less waste; each option is recorded with its investment and savings.</source>
        <translation>Những thay đổi về quy trình, nguyên liệu hoặc quản lý giúp dùng ít năng lượng, nước, nguyên liệu hơn và thải ít hơn; mỗi giải pháp được ghi cùng vốn đầu tư và mức tiết kiệm.</translation>
    </message>
    <message>
        <source>Baseline year</source>
        <translation>Năm gốc</translation>
    </message>
    <message>
        <source>The year a reduction is measured against. A national target has its own (2010 for plastic bags); another can be chosen under Organizations ▸ Edit organization.</source>
        <translation>Năm dùng để tính mức giảm. Chỉ tiêu quốc gia có năm gốc riêng (2010 đối với túi ni lông); có thể chọn năm khác ở Tổ chức ▸ Sửa thông tin tổ chức.</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Chốt số liệu</translation>
    </message>
    <message>
        <source>Closing a period: its records become read-only and the report waits to be sent to the ministry. A later mistake is corrected by a new report that replaces it.</source>
        <translation>Khóa một kỳ: số liệu của kỳ chỉ còn đọc và báo cáo chờ gửi lên Bộ. Sai sót phát hiện sau được sửa bằng một báo cáo mới thay thế.</translation>
    </message>
    <message>
        <source>Draft criteria</source>
        <translation>Bộ tiêu chí dự thảo</translation>
    </message>
    <message>
        <source>Self-assessment criteria written by this project from the legal texts they cite, not yet issued by the ministry: a score against them is a guide, not a certification.</source>
        <translation>Tiêu chí tự đánh giá do dự án soạn từ các văn bản pháp luật được dẫn, chưa được Bộ ban hành: điểm số chỉ để tham khảo, không phải chứng nhận.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Glossary</source>
        <translation>Thuật ngữ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>This guide, at the chapter of the page shown</source>
        <translation>Hướng dẫn này, mở tại mục của trang đang xem</translation>
    </message>
    <message>
        <source>SCP Desktop user guide</source>
        <translation>Hướng dẫn sử dụng SCP Desktop</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Unknown record kind “{kind}”. Known kinds: {known}.</source>
        <translation>Không có loại số liệu “{kind}”. Các loại: {known}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Không đọc được {path}: {reason}.</translation>
    </message>
    <message>
        <source>The file is empty: a header row is required.</source>
        <translation>Tệp trống: cần có dòng tiêu đề.</translation>
    </message>
    <message>
        <source>The file changes text encoding near line {line}: save it again as CSV UTF-8.</source>
        <translation>Tệp đổi bảng mã ký tự ở gần dòng {line}: hãy lưu lại thành CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid CSV: {reason}.</source>
        <translation>Tệp không phải CSV hợp lệ: {reason}.</translation>
    </message>
    <message>
        <source>Required column “{column}” is missing from the header.</source>
        <translation>Dòng tiêu đề thiếu cột bắt buộc “{column}”.</translation>
    </message>
    <message>
        <source>Column “{column}” appears twice in the header.</source>
        <translation>Cột “{column}” xuất hiện hai lần trong dòng tiêu đề.</translation>
    </message>
    <message>
        <source>{file}: {count} bad row(s); nothing was imported. Fix them and import the file again.</source>
        <translation>{file}: {count} dòng lỗi; chưa nhập dòng nào. Hãy sửa rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Đã hủy nhập; không có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx) that can be read ({reason}).</source>
        <translation>Tệp không phải là sổ tính Excel (.xlsx) đọc được ({reason}).</translation>
    </message>
    <message>
        <source>Column “{column}” can be read two ways: “{text}” is {vi} if the file writes 1.234,5 and {en} if it writes 1,234.5, and no cell of the file says which ({count} column(s) like this). Nothing was imported: say how the file writes its numbers.</source>
        <translation>Cột “{column}” đọc được theo hai cách: “{text}” là {vi} nếu tệp viết số kiểu 1.234,5 và là {en} nếu viết kiểu 1,234.5, mà không ô nào trong tệp cho biết là kiểu nào ({count} cột như vậy). Chưa nhập gì: hãy cho biết tệp viết số theo kiểu nào.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a folder, device or pipe cannot be imported).</source>
        <translation>{path} không phải là một tệp thông thường (không nhập được thư mục, thiết bị hay đường ống).</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Loại số liệu:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>Import a CSV or Excel file</source>
        <translation>Nhập tệp CSV hoặc Excel</translation>
    </message>
    <message>
        <source>As each column&apos;s own cells show</source>
        <translation>Theo cách viết của chính từng cột</translation>
    </message>
    <message>
        <source>2025-03-01 or 01/03/2025</source>
        <translation>2025-03-01 hoặc 01/03/2025</translation>
    </message>
    <message>
        <source>Excel day numbers (45717)</source>
        <translation>Số ngày kiểu Excel (45717)</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Ngày tháng:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Các cột</translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation>&amp;Kiểm tra tệp</translation>
    </message>
    <message>
        <source>If any row is bad, import nothing</source>
        <translation>Nếu có dòng lỗi, không nhập gì</translation>
    </message>
    <message>
        <source>Import the good rows and save a list of the skipped ones</source>
        <translation>Nhập các dòng đúng và lưu danh sách các dòng bị bỏ qua</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>How are these numbers written?</source>
        <translation>Các số này được viết theo kiểu nào?</translation>
    </message>
    <message>
        <source>Values not recognized</source>
        <translation>Giá trị chưa nhận ra</translation>
    </message>
    <message>
        <source>— not in the file —</source>
        <translation>— không có trong tệp —</translation>
    </message>
    <message>
        <source>value for every row</source>
        <translation>giá trị cho mọi dòng</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(không bắt buộc)</translation>
    </message>
    <message>
        <source>This layout was mapped before; check and import.</source>
        <translation>Bố cục tệp này đã được ghép cột trước đây; hãy kiểm tra rồi nhập.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Đang kiểm tra {file}…</translation>
    </message>
    <message>
        <source>{rows} rows: {created} new, {replaced} would replace a different stored value, {unchanged} already there; {bad} bad row(s). Nothing is stored until you press Import.</source>
        <translation>{rows} dòng: {created} mới, {replaced} sẽ thay giá trị khác đã lưu, {unchanged} đã có; {bad} dòng lỗi. Chưa có gì được lưu cho đến khi bạn bấm Nhập.</translation>
    </message>
    <message>
        <source>Check {record}, {field}: {message}</source>
        <translation>Kiểm tra {record}, {field}: {message}</translation>
    </message>
    <message>
        <source>{field}: “{value}” read as {label} in {count} row(s)</source>
        <translation>{field}: “{value}” được hiểu là {label} ở {count} dòng</translation>
    </message>
    <message>
        <source>“{text}” = {vi} or {en}</source>
        <translation>“{text}” = {vi} hoặc {en}</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <source>1.234,5 (Vietnamese): {first}</source>
        <translation>1.234,5 (kiểu Việt Nam): {first}</translation>
    </message>
    <message>
        <source>1,234.5 (English): {first}</source>
        <translation>1,234.5 (kiểu tiếng Anh): {first}</translation>
    </message>
    <message>
        <source>— leave as a bad row —</source>
        <translation>— để là dòng lỗi —</translation>
    </message>
    <message>
        <source>{field} “{value}” ({count} row(s)) means:</source>
        <translation>{field} “{value}” ({count} dòng) nghĩa là:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Đang lưu</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Trong tệp</translation>
    </message>
    <message>
        <source>More than ×10: check the file</source>
        <translation>Chênh hơn 10 lần: hãy kiểm tra tệp</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx)</source>
        <translation>Bảng tính (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>{file}: {rows} rows — {created} new, {replaced} replaced, {unchanged} unchanged; {warnings} warning(s).</source>
        <translation>{file}: {rows} dòng — {created} mới, {replaced} thay thế, {unchanged} không đổi; {warnings} cảnh báo.</translation>
    </message>
    <message>
        <source>{count} bad row(s) skipped, listed in {file}.</source>
        <translation>Đã bỏ qua {count} dòng lỗi, liệt kê trong {file}.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Đã hủy nhập</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Đang nhập {file}…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Chưa nhập dữ liệu nào</translation>
    </message>
    <message>
        <source>Line {line}, {column}: {message}</source>
        <translation>Dòng {line}, {column}: {message}</translation>
    </message>
    <message>
        <source>{name} is not a regular file</source>
        <translation>{name} không phải là một tệp thông thường</translation>
    </message>
    <message>
        <source>it is larger than {size} KB</source>
        <translation>tệp lớn hơn {size} KB</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>tệp lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>The header row is said to be row {row}, but the file ends after {lines} rows.</source>
        <translation>Dòng tiêu đề được cho là dòng {row}, nhưng tệp kết thúc sau {lines} dòng.</translation>
    </message>
    <message>
        <source>The sheet is larger than a spreadsheet can be ({rows} rows × {columns} columns; at most {cells} cells are read): nothing was imported.</source>
        <translation>Trang tính lớn hơn mức một bảng tính có thể có ({rows} dòng × {columns} cột; chỉ đọc tối đa {cells} ô): chưa nhập dòng nào.</translation>
    </message>
    <message>
        <source>The workbook is not a normal spreadsheet: its part {part} would unpack to {size} MB from {packed} MB; nothing was imported.</source>
        <translation>Sổ tính không phải là một bảng tính bình thường: phần {part} sẽ giải nén ra {size} MB từ {packed} MB; chưa nhập dòng nào.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Energy</source>
        <translation>Năng lượng</translation>
    </message>
    <message>
        <source>Production output</source>
        <translation>Sản lượng</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Nước</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Nguyên vật liệu</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Chất thải</translation>
    </message>
    <message>
        <source>Bags &amp; packaging</source>
        <translation>Túi và bao bì</translation>
    </message>
    <message>
        <source>Cleaner production options</source>
        <translation>Giải pháp sản xuất sạch hơn</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>vi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The backup could not be written to {folder}: {reason}</source>
        <translation>Không ghi được bản sao lưu vào {folder}: {reason}</translation>
    </message>
    <message>
        <source>SCP Desktop — sustainable production reporting</source>
        <translation>SCP Desktop — báo cáo sản xuất và tiêu dùng bền vững</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>&amp;Organization: </source>
        <translation>&amp;Tổ chức: </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>Tạo &amp;vùng làm việc mới…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Mở vùng làm việc…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Fill with &amp;demo data</source>
        <translation>Nạp &amp;dữ liệu mẫu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>Export this organization as an &amp;archive…</source>
        <translation>&amp;Xuất tổ chức này thành tệp lưu trữ…</translation>
    </message>
    <message>
        <source>Import an archi&amp;ve…</source>
        <translation>Nhập tệp &amp;lưu trữ…</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Khôi phục từ &amp;bản sao lưu…</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>&amp;Thư mục sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Import CSV file…</source>
        <translation>&amp;Nhập tệp CSV…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Thuật ngữ</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;About SCP Desktop</source>
        <translation>&amp;Giới thiệu SCP Desktop</translation>
    </message>
    <message>
        <source>Offline: nothing is sent until you sync</source>
        <translation>Ngoại tuyến: chưa gửi gì cho đến khi bạn đồng bộ</translation>
    </message>
    <message>
        <source>Sign in to send ({waiting} waiting)</source>
        <translation>Đăng nhập để gửi ({waiting} báo cáo đang chờ)</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Đang mở vùng làm việc…</translation>
    </message>
    <message>
        <source>Workspace: {path}</source>
        <translation>Vùng làm việc: {path}</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Không mở được vùng làm việc</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}</source>
        <translation>Không mở được {path}: {reason}</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Vùng làm việc mới</translation>
    </message>
    <message>
        <source>SCP workspaces (*.sqlite)</source>
        <translation>Vùng làm việc SCP (*.sqlite)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Mở vùng làm việc</translation>
    </message>
    <message>
        <source>About SCP Desktop</source>
        <translation>Giới thiệu SCP Desktop</translation>
    </message>
    <message>
        <source>SCP Desktop {version}
Records sustainable production and consumption data and reports it to the Ministry of Industry and Trade (Decision 76/QĐ-TTg).</source>
        <translation>SCP Desktop {version}
Ghi nhận số liệu sản xuất và tiêu dùng bền vững và báo cáo Bộ Công Thương (Quyết định 76/QĐ-TTg).</translation>
    </message>
    <message>
        <source>SCP archives (*.zip)</source>
        <translation>Tệp lưu trữ SCP (*.zip)</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Đã xuất ra {file}</translation>
    </message>
    <message>
        <source>Imported {organizations}: {created} new records, {assessments} assessment(s).</source>
        <translation>Đã nhập {organizations}: {created} bản ghi mới, {assessments} bản đánh giá.</translation>
    </message>
    <message>
        <source>Backed up to {file}</source>
        <translation>Đã sao lưu vào {file}</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Backup of {when}: {organizations}; latest period {period}. Restore it?</source>
        <translation>Bản sao lưu lúc {when}: {organizations}; kỳ gần nhất {period}. Khôi phục bản này?</translation>
    </message>
    <message>
        <source>Organizations &amp; facilities</source>
        <translation>Tổ chức và cơ sở</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Production &amp; resources</source>
        <translation>Sản xuất và tài nguyên</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Eco-innovation projects</source>
        <translation>Dự án đổi mới sinh thái</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Send to the ministry</source>
        <translation>Gửi lên Bộ</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}” không phải là số.</translation>
    </message>
    <message>
        <source>“{text}” is not a number written as 1.234,5.</source>
        <translation>“{text}” không phải là số viết theo kiểu 1.234,5.</translation>
    </message>
    <message>
        <source>“{text}” is not a number written as 1,234.5.</source>
        <translation>“{text}” không phải là số viết theo kiểu 1,234.5.</translation>
    </message>
    <message>
        <source>“{text}” must be a whole number.</source>
        <translation>“{text}” phải là số nguyên.</translation>
    </message>
    <message>
        <source>“{text}…” is too long to be a number.</source>
        <translation>“{text}…” quá dài, không thể là một con số.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write 2025-07-31 or 31/07/2025.</source>
        <translation>“{text}” không phải là ngày: hãy viết 31/07/2025 hoặc 2025-07-31.</translation>
    </message>
    <message>
        <source>“{text}” is written as {style}, but this column writes its numbers as {column_style} (e.g. “{example}”).</source>
        <translation>“{text}” viết theo kiểu {style}, nhưng cột này viết số theo kiểu {column_style} (ví dụ “{example}”).</translation>
    </message>
</context>
<context>
    <name>OrgKind</name>
    <message>
        <source>Manufacturer</source>
        <translation>Doanh nghiệp sản xuất</translation>
    </message>
    <message>
        <source>Supermarket or mall</source>
        <translation>Siêu thị hoặc trung tâm thương mại</translation>
    </message>
    <message>
        <source>Traditional market</source>
        <translation>Chợ dân sinh</translation>
    </message>
    <message>
        <source>Industrial park or cluster</source>
        <translation>Khu, cụm công nghiệp</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Doanh nghiệp phân phối</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>Organization</name>
    <message>
        <source>The name is required.</source>
        <translation>Cần nhập tên.</translation>
    </message>
    <message>
        <source>The name is longer than {max} characters.</source>
        <translation>Tên dài hơn {max} ký tự.</translation>
    </message>
    <message>
        <source>Unknown kind “{kind}”. Choose one of: {known}.</source>
        <translation>Không có loại hình “{kind}”. Hãy chọn một trong: {known}.</translation>
    </message>
    <message>
        <source>“{text}” is not a province or city of Viet Nam (name or 2-digit code).</source>
        <translation>“{text}” không phải tỉnh, thành phố của Việt Nam (tên hoặc mã 2 chữ số).</translation>
    </message>
    <message>
        <source>{former} was merged into {current} on 1 July 2025; {current} is used.</source>
        <translation>{former} đã hợp nhất vào {current} từ ngày 1/7/2025; dùng {current}.</translation>
    </message>
    <message>
        <source>{former} became the centrally-run city of {current} on 1 January 2025 (Resolution 175/2024/QH15); {current} is used.</source>
        <translation>{former} trở thành thành phố {current} trực thuộc trung ương từ ngày 01/01/2025 (Nghị quyết 175/2024/QH15); dùng {current}.</translation>
    </message>
    <message>
        <source>“{text}” is not a VSIC 2018 code: give a section letter (C) or a division (13, C1311).</source>
        <translation>“{text}” không phải mã VSIC 2018: hãy nhập chữ cái ngành cấp 1 (C) hoặc mã ngành (13, C1311).</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>“{text}” không phải địa chỉ thư điện tử.</translation>
    </message>
    <message>
        <source>An organization with tax code {tax_code} already exists: {name}.</source>
        <translation>Đã có tổ chức mang mã số thuế {tax_code}: {name}.</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <source>Default: {year}, the national baseline</source>
        <translation>Mặc định: {year}, năm gốc quốc gia</translation>
    </message>
    <message>
        <source>Default: the first year with data</source>
        <translation>Mặc định: năm đầu tiên có số liệu</translation>
    </message>
    <message>
        <source>Reductions are measured against these years. A target&apos;s own baseline (2010 for bags, Decision 582/QĐ-TTg) applies unless you choose another.</source>
        <translation>Mức giảm được tính so với các năm này. Năm gốc của chỉ tiêu (2010 đối với túi ni lông, Quyết định 582/QĐ-TTg) được dùng trừ khi bạn chọn năm khác.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Baseline years</source>
        <translation>Năm gốc</translation>
    </message>
</context>
<context>
    <name>Organizations</name>
    <message>
        <source>&amp;Tax code</source>
        <translation>&amp;Mã số thuế</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại hình</translation>
    </message>
    <message>
        <source>&amp;Province or city</source>
        <translation>Tỉnh, thành &amp;phố</translation>
    </message>
    <message>
        <source>&amp;Sector (VSIC)</source>
        <translation>&amp;Ngành (VSIC)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>Người l&amp;iên hệ</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Điện t&amp;hoại</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Thư điện tử (&amp;E-mail)</translation>
    </message>
    <message>
        <source>10 digits, or 13 for a branch (0300588569-001)</source>
        <translation>10 chữ số, hoặc 13 đối với chi nhánh (0300588569-001)</translation>
    </message>
    <message>
        <source>type a name or a code, e.g. 13 (textiles) or G47 (retail)</source>
        <translation>gõ tên hoặc mã, ví dụ 13 (dệt) hoặc G47 (bán lẻ)</translation>
    </message>
    <message>
        <source>type a few letters, e.g. ha noi</source>
        <translation>gõ vài chữ, ví dụ ha noi</translation>
    </message>
    <message>
        <source>As on the business registration certificate</source>
        <translation>Như trên giấy chứng nhận đăng ký doanh nghiệp</translation>
    </message>
    <message>
        <source>Decides which pages, duties and targets apply</source>
        <translation>Quyết định các trang, nghĩa vụ và chỉ tiêu áp dụng</translation>
    </message>
    <message>
        <source>Where it is registered; type to find</source>
        <translation>Nơi đăng ký; gõ để tìm</translation>
    </message>
    <message>
        <source>VSIC 2018: a section letter, a division (13) or a full code (C1311)</source>
        <translation>VSIC 2018: chữ cái ngành cấp 1, mã cấp 2 (13) hoặc mã đầy đủ (C1311)</translation>
    </message>
    <message>
        <source>e.g. 125 Trần Duy Hưng, Cầu Giấy, Hà Nội</source>
        <translation>ví dụ 125 Trần Duy Hưng, Cầu Giấy, Hà Nội</translation>
    </message>
    <message>
        <source>e.g. 024 3825 1234</source>
        <translation>ví dụ 024 3825 1234</translation>
    </message>
    <message>
        <source>e.g. ten@congty.vn</source>
        <translation>ví dụ ten@congty.vn</translation>
    </message>
    <message>
        <source>Edit organization</source>
        <translation>Sửa thông tin tổ chức</translation>
    </message>
    <message>
        <source>Valid tax code {code}</source>
        <translation>Mã số thuế hợp lệ {code}</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Tổ chức mới</translation>
    </message>
    <message>
        <source>New organization…</source>
        <translation>Tổ chức mới…</translation>
    </message>
    <message>
        <source>Edit or&amp;ganization…</source>
        <translation>Sửa thông t&amp;in tổ chức…</translation>
    </message>
    <message>
        <source>Name, kind, province, sector, address, contact and baseline years</source>
        <translation>Tên, loại hình, tỉnh/thành, ngành, địa chỉ, liên hệ và năm gốc</translation>
    </message>
    <message>
        <source>Facility or store</source>
        <translation>Cơ sở hoặc cửa hàng</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Mã</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>Tê&amp;n</translation>
    </message>
    <message>
        <source>K&amp;ind</source>
        <translation>Loạ&amp;i</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>&amp;Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Energy &amp;manager</source>
        <translation>Người quản lý &amp;năng lượng</translation>
    </message>
    <message>
        <source>Manager&apos;s certificate</source>
        <translation>Chứng chỉ quản lý năng lượng</translation>
    </message>
    <message>
        <source>Design capacity</source>
        <translation>Công suất thiết kế</translation>
    </message>
    <message>
        <source>Main products</source>
        <translation>Sản phẩm chính</translation>
    </message>
    <message>
        <source>Last energy audit</source>
        <translation>Kiểm toán năng lượng gần nhất</translation>
    </message>
    <message>
        <source>MOIT energy norm</source>
        <translation>Định mức năng lượng của Bộ Công Thương</translation>
    </message>
    <message>
        <source>GHG list</source>
        <translation>Danh mục kiểm kê khí nhà kính</translation>
    </message>
    <message>
        <source>Facility code</source>
        <translation>Mã cơ sở</translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation>Tên cơ sở</translation>
    </message>
    <message>
        <source>Facility kind</source>
        <translation>Loại cơ sở</translation>
    </message>
    <message>
        <source>On the published list</source>
        <translation>Có tên trong danh mục đã ban hành</translation>
    </message>
    <message>
        <source>On the Prime Minister&apos;s published list of GHG inventory facilities</source>
        <translation>Có tên trong danh mục cơ sở phải kiểm kê khí nhà kính do Thủ tướng ban hành</translation>
    </message>
    <message>
        <source>1–20 letters, digits, - or _, e.g. NM01 or ST02</source>
        <translation>1–20 chữ cái, chữ số, - hoặc _, ví dụ NM01 hoặc ST02</translation>
    </message>
    <message>
        <source>e.g. Nhà máy dệt nhuộm Tân Tạo</source>
        <translation>ví dụ Nhà máy dệt nhuộm Tân Tạo</translation>
    </message>
    <message>
        <source>A plant, store, market, building or warehouse</source>
        <translation>Nhà máy, cửa hàng, chợ, tòa nhà hoặc kho</translation>
    </message>
    <message>
        <source>Only when the facility is not in the organization&apos;s province; type to find</source>
        <translation>Chỉ chọn khi cơ sở không ở tỉnh, thành của tổ chức; gõ để tìm</translation>
    </message>
    <message>
        <source>Name of the facility&apos;s energy manager</source>
        <translation>Họ tên người quản lý năng lượng của cơ sở</translation>
    </message>
    <message>
        <source>Number and date of the certificate</source>
        <translation>Số và ngày cấp chứng chỉ</translation>
    </message>
    <message>
        <source>As the facility states it, e.g. 12.000 tấn vải/năm</source>
        <translation>Theo cách cơ sở ghi, ví dụ 12.000 tấn vải/năm</translation>
    </message>
    <message>
        <source>e.g. vải dệt kim, sợi</source>
        <translation>ví dụ vải dệt kim, sợi</translation>
    </message>
    <message>
        <source>Date of the last energy audit, e.g. {date}</source>
        <translation>Ngày kiểm toán năng lượng gần nhất, ví dụ {date}</translation>
    </message>
    <message>
        <source>The MOIT energy norm its output is measured against</source>
        <translation>Định mức tiêu hao năng lượng của Bộ Công Thương áp dụng cho sản phẩm</translation>
    </message>
    <message>
        <source>e.g. 12.000 tấn vải/năm</source>
        <translation>ví dụ 12.000 tấn vải/năm</translation>
    </message>
    <message>
        <source>number and date</source>
        <translation>số và ngày cấp</translation>
    </message>
    <message>
        <source>Add facility</source>
        <translation>Thêm cơ sở</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>— the organization&apos;s province —</source>
        <translation>— tỉnh, thành phố của tổ chức —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— không chọn —</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Energy manager</source>
        <translation>Người quản lý năng lượng</translation>
    </message>
    <message>
        <source>No organization yet. Create the first one with “New organization…”.</source>
        <translation>Chưa có tổ chức nào. Hãy tạo tổ chức đầu tiên bằng nút “Tổ chức mới…”.</translation>
    </message>
    <message>
        <source>{name} · tax code {tax} · {kind} · {province} · sector {sector}</source>
        <translation>{name} · MST {tax} · {kind} · {province} · ngành {sector}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>No organization yet: create one on the Organizations page, or open the demo workspace from the File menu.</source>
        <translation>Chưa có tổ chức: hãy tạo ở trang Tổ chức và cơ sở, hoặc nạp dữ liệu mẫu từ menu Tệp.</translation>
    </message>
    <message>
        <source>No data for {year} yet: record energy, bags or waste on their pages.</source>
        <translation>Chưa có số liệu năm {year}: hãy nhập năng lượng, túi hoặc chất thải ở các trang tương ứng.</translation>
    </message>
    <message>
        <source>Energy use per month (TOE)</source>
        <translation>Năng lượng tiêu thụ theo tháng (TOE)</translation>
    </message>
    <message>
        <source>CO₂ per month, Scope 1 + 2 (t)</source>
        <translation>CO₂ theo tháng, phạm vi 1 + 2 (tấn)</translation>
    </message>
    <message>
        <source>Non-biodegradable bags per transaction</source>
        <translation>Túi khó phân hủy trên mỗi giao dịch</translation>
    </message>
    <message>
        <source>Waste recovery rate per month (%)</source>
        <translation>Tỷ lệ thu hồi chất thải theo tháng (%)</translation>
    </message>
    <message>
        <source>TOE</source>
        <translation>TOE</translation>
    </message>
    <message>
        <source>bags per transaction</source>
        <translation>túi/giao dịch</translation>
    </message>
    <message>
        <source>No monthly data for {year}.</source>
        <translation>Chưa có số liệu theo tháng của năm {year}.</translation>
    </message>
    <message>
        <source>national target ({pct} % below {year})</source>
        <translation>mục tiêu quốc gia (giảm {pct} % so với {year})</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Nghĩa vụ</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <source>(date not checked against the legal text)</source>
        <translation>(thời hạn chưa đối chiếu với văn bản)</translation>
    </message>
    <message>
        <source>no confirmed date</source>
        <translation>chưa xác nhận thời hạn</translation>
    </message>
    <message>
        <source>{date}, {days} days overdue</source>
        <translation>{date}, quá hạn {days} ngày</translation>
    </message>
    <message>
        <source>{date}, {days} days left</source>
        <translation>{date}, còn {days} ngày</translation>
    </message>
    <message>
        <source>To: {to}</source>
        <translation>Gửi: {to}</translation>
    </message>
    <message>
        <source>Duties and deadlines</source>
        <translation>Nghĩa vụ và thời hạn</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Năng lượng</translation>
    </message>
    <message>
        <source>No energy data</source>
        <translation>Chưa có số liệu năng lượng</translation>
    </message>
    <message>
        <source>CO₂ (Scope 1 + 2)</source>
        <translation>CO₂ (phạm vi 1 + 2)</translation>
    </message>
    <message>
        <source>Key energy user: {facilities}</source>
        <translation>Cơ sở trọng điểm: {facilities}</translation>
    </message>
    <message>
        <source>No facility reaches the key-user threshold</source>
        <translation>Chưa cơ sở nào đạt ngưỡng trọng điểm</translation>
    </message>
    <message>
        <source>Scope 1 {scope1} t · Scope 2 {scope2} t (grid factor {factor} of {year})</source>
        <translation>Phạm vi 1: {scope1} tấn · phạm vi 2: {scope2} tấn (hệ số lưới điện {factor} năm {year})</translation>
    </message>
    <message>
        <source>target {target} %, counting: {routes}</source>
        <translation>chỉ tiêu {target} %, tính: {routes}</translation>
    </message>
    <message>
        <source>no national target (all recovery routes shown)</source>
        <translation>không có chỉ tiêu quốc gia (tính mọi hình thức thu hồi)</translation>
    </message>
    <message>
        <source>{change} % vs {year}</source>
        <translation>{change} % so với {year}</translation>
    </message>
    <message>
        <source>GHG inventory: {facilities}</source>
        <translation>Phải kiểm kê khí nhà kính: {facilities}</translation>
    </message>
    <message>
        <source>no facility meets the GHG-inventory criteria</source>
        <translation>chưa cơ sở nào thuộc diện kiểm kê khí nhà kính</translation>
    </message>
    <message>
        <source>Plastic bags</source>
        <translation>Túi ni lông</translation>
    </message>
    <message>
        <source>No bag data</source>
        <translation>Chưa có số liệu túi</translation>
    </message>
    <message>
        <source>Reduction vs baseline</source>
        <translation>Mức giảm so với năm gốc</translation>
    </message>
    <message>
        <source>non-biodegradable bags per transaction</source>
        <translation>túi khó phân hủy trên mỗi giao dịch</translation>
    </message>
    <message>
        <source>{scopes} (latest published)</source>
        <translation>{scopes} (mới nhất đã công bố)</translation>
    </message>
    <message>
        <source>No data for the baseline year {year}</source>
        <translation>Chưa có số liệu năm gốc {year}</translation>
    </message>
    <message>
        <source>target {target} % by the national program · baseline {year}</source>
        <translation>mục tiêu {target} % theo chương trình quốc gia · năm gốc {year}</translation>
    </message>
    <message>
        <source>Waste recovery against the national targets</source>
        <translation>Thu hồi chất thải so với mục tiêu quốc gia</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>“{text}” is not a period: write 2025, 2025-Q3, 2025-07, 07/2025, Quý 3/2025 or Năm 2025.</source>
        <translation>“{text}” không phải là kỳ báo cáo: hãy viết 2025, 2025-Q3, 2025-07, 07/2025, Quý 3/2025 hoặc Năm 2025.</translation>
    </message>
    <message>
        <source>Month {month} does not exist: use 01 to 12.</source>
        <translation>Không có tháng {month}: hãy dùng 01 đến 12.</translation>
    </message>
    <message>
        <source>Year {year} is before {min_year}: check the year.</source>
        <translation>Năm {year} trước năm {min_year}: hãy kiểm tra lại.</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>desktop app</source>
        <translation>ứng dụng máy tính</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>dòng lệnh</translation>
    </message>
    <message>
        <source>file import</source>
        <translation>nhập từ tệp</translation>
    </message>
    <message>
        <source>ministry server</source>
        <translation>máy chủ của Bộ</translation>
    </message>
    <message>
        <source>archive import</source>
        <translation>nhập gói lưu trữ</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>dữ liệu mẫu</translation>
    </message>
    <message>
        <source>History of {record}</source>
        <translation>Lịch sử của {record}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Rows created by a file import are recorded once, as the import of that file.</source>
        <translation>Các dòng tạo ra khi nhập tệp được ghi nhận một lần, là lần nhập tệp đó.</translation>
    </message>
    <message>
        <source>imported from {file}</source>
        <translation>nhập từ tệp {file}</translation>
    </message>
    <message>
        <source>created</source>
        <translation>tạo mới</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>RecordModel</name>
    <message>
        <source>TOE</source>
        <translation>TOE</translation>
    </message>
    <message>
        <source>Bags per transaction</source>
        <translation>Túi/giao dịch</translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>Hoàn vốn (năm)</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>(optional)</source>
        <translation>(không bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Mới</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <source>Every change of this record: when, who, from where, old → new</source>
        <translation>Mọi thay đổi của bản ghi này: lúc nào, ai, từ đâu, cũ → mới</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Enter or Ctrl+S</source>
        <translation>Enter hoặc Ctrl+S</translation>
    </message>
    <message>
        <source>{field}: choose from the list (type to jump)</source>
        <translation>{field}: chọn trong danh sách (gõ để nhảy tới)</translation>
    </message>
    <message>
        <source>{field}, in the unit chosen below it. Example: {example}</source>
        <translation>{field}, theo đơn vị chọn ở dưới. Ví dụ: {example}</translation>
    </message>
    <message>
        <source>{field}, in {unit}. Example: {example}</source>
        <translation>{field}, tính bằng {unit}. Ví dụ: {example}</translation>
    </message>
    <message>
        <source>{field}. Example: {example}</source>
        <translation>{field}. Ví dụ: {example}</translation>
    </message>
    <message>
        <source>2025, 2025-Q3 or 2025-07</source>
        <translation>2025, 2025-Q3 hoặc 2025-07</translation>
    </message>
    <message>
        <source>= {toe} TOE</source>
        <translation>= {toe} TOE</translation>
    </message>
    <message>
        <source>{co2} t CO₂ (Scope 2)</source>
        <translation>{co2} tấn CO₂ (phạm vi 2)</translation>
    </message>
    <message>
        <source>{co2} t biogenic CO₂</source>
        <translation>{co2} tấn CO₂ sinh học</translation>
    </message>
    <message>
        <source>{co2} t CO₂ (Scope 1)</source>
        <translation>{co2} tấn CO₂ (phạm vi 1)</translation>
    </message>
    <message>
        <source>{per} non-biodegradable bags per transaction</source>
        <translation>{per} túi khó phân hủy/giao dịch</translation>
    </message>
    <message>
        <source>Payback {years} years</source>
        <translation>Hoàn vốn {years} năm</translation>
    </message>
    <message>
        <source>Never pays back</source>
        <translation>Không hoàn vốn</translation>
    </message>
    <message>
        <source>NPV {npv} VND at {rate} %</source>
        <translation>NPV {npv} đồng với lãi suất chiết khấu {rate} %</translation>
    </message>
    <message>
        <source>IRR {irr} %</source>
        <translation>IRR {irr} %</translation>
    </message>
    <message>
        <source>Save record</source>
        <translation>Lưu bản ghi</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Xóa bản ghi</translation>
    </message>
    <message>
        <source>Facility:</source>
        <translation>Cơ sở:</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Cửa hàng:</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Tháng:</translation>
    </message>
    <message>
        <source>&amp;Finalize period</source>
        <translation>&amp;Chốt số liệu kỳ</translation>
    </message>
    <message>
        <source>Start a &amp;correction</source>
        <translation>Lập bản &amp;sửa đổi</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>The table as filtered, to CSV or Excel, in the current language</source>
        <translation>Bảng như đang lọc, ra CSV hoặc Excel, theo ngôn ngữ hiện tại</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Tìm kiếm…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Choose a year (and a month) to see or finalize the report for that period.</source>
        <translation>Chọn năm (và tháng) để xem hoặc chốt báo cáo của kỳ đó.</translation>
    </message>
    <message>
        <source>{period}: draft, saved as you type.</source>
        <translation>{period}: bản nháp, tự động lưu khi nhập.</translation>
    </message>
    <message>
        <source>This draft corrects submission {id}.</source>
        <translation>Bản nháp này sửa đổi báo cáo {id}.</translation>
    </message>
    <message>
        <source>{period}: {state} · submission {id}</source>
        <translation>{period}: {state} · báo cáo {id}</translation>
    </message>
    <message>
        <source>Read-only: part of the finalized report for {period}.</source>
        <translation>Chỉ xem: thuộc báo cáo đã chốt của kỳ {period}.</translation>
    </message>
    <message>
        <source>Finalize {period}?</source>
        <translation>Chốt kỳ {period}?</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>&amp;Chốt</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Xuất bảng</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Sổ tính Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} rows to {file}.</source>
        <translation>Đã xuất {count} dòng ra {file}.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <source>%Ln record(s)</source>
        <translation>%Ln bản ghi</translation>
    </message>
    <message>
        <source>Choose or create an organization first (Organizations page).</source>
        <translation>Hãy chọn hoặc tạo tổ chức trước (trang Tổ chức và cơ sở).</translation>
    </message>
    <message>
        <source>Add a facility or store on the Organizations page, then record its data here.</source>
        <translation>Hãy thêm cơ sở hoặc cửa hàng ở trang Tổ chức và cơ sở, rồi nhập số liệu tại đây.</translation>
    </message>
    <message>
        <source>No records yet: fill in the form on the right and press Enter, or paste rows copied from a spreadsheet into the table (Ctrl+V).</source>
        <translation>Chưa có bản ghi: hãy điền biểu mẫu bên phải rồi nhấn Enter, hoặc dán các dòng sao chép từ bảng tính vào bảng (Ctrl+V).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Dán các dòng</translation>
    </message>
    <message>
        <source>Pasted {saved} row(s); {bad} row(s) need fixing.</source>
        <translation>Đã dán {saved} dòng; {bad} dòng cần sửa.</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {message}</source>
        <translation>Dòng {row}, {field}: {message}</translation>
    </message>
    <message>
        <source>“{text}”: {vi} if written as 1.234,5, {en} if written as 1,234.5</source>
        <translation>“{text}”: là {vi} nếu viết kiểu 1.234,5, là {en} nếu viết kiểu 1,234.5</translation>
    </message>
    <message>
        <source>How are these numbers written?</source>
        <translation>Các số này được viết theo kiểu nào?</translation>
    </message>
    <message>
        <source>The numbers of column “{column}” can be read two ways and nothing says which:</source>
        <translation>Các số trong cột “{column}” đọc được theo hai cách và không có gì cho biết là cách nào:</translation>
    </message>
    <message>
        <source>Finalize {kind} for {period} ({scope})? Its {count} record(s) become read-only and the report is queued for the ministry. A mistake found later is corrected by a new report that replaces this one.</source>
        <translation>Chốt số liệu {kind} kỳ {period} ({scope})? {count} bản ghi sẽ chỉ còn xem được, không sửa được, và báo cáo được xếp hàng chờ gửi Bộ. Nếu sau này phát hiện sai sót, hãy sửa bằng một báo cáo mới thay thế báo cáo này.</translation>
    </message>
    <message>
        <source>the whole organization</source>
        <translation>toàn bộ tổ chức</translation>
    </message>
    <message>
        <source>{facility} only</source>
        <translation>chỉ {facility}</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>This field is required.</source>
        <translation>Trường này là bắt buộc.</translation>
    </message>
    <message>
        <source>A quantity cannot be negative ({value}).</source>
        <translation>Số lượng không được âm ({value}).</translation>
    </message>
    <message>
        <source>{field} “{value}” is unknown. Known: {known}.</source>
        <translation>{field} “{value}” không có trong danh mục. Danh mục: {known}.</translation>
    </message>
    <message>
        <source>{value} is beyond the largest figure a record can hold ({max}).</source>
        <translation>{value} vượt quá số lớn nhất một bản ghi có thể chứa ({max}).</translation>
    </message>
    <message>
        <source>{field}: {value} is more than one record can plausibly hold ({max}): check the unit and separators.</source>
        <translation>{field}: {value} lớn hơn mức một bản ghi có thể hợp lý chứa ({max}): hãy kiểm tra đơn vị và dấu phân cách.</translation>
    </message>
    <message>
        <source>Period {period} has not started yet.</source>
        <translation>Kỳ {period} chưa bắt đầu.</translation>
    </message>
    <message>
        <source>{date} is in the future.</source>
        <translation>{date} là ngày trong tương lai.</translation>
    </message>
    <message>
        <source>At most {max} characters.</source>
        <translation>Tối đa {max} ký tự.</translation>
    </message>
    <message>
        <source>{value} is more than 10 times the same period last year ({previous}): please check.</source>
        <translation>{value} lớn hơn 10 lần cùng kỳ năm trước ({previous}): vui lòng kiểm tra.</translation>
    </message>
    <message>
        <source>{value} is {factor} times the usual {usual} of this facility&apos;s neighbouring records: please check.</source>
        <translation>{value} gấp {factor} lần mức thường thấy {usual} của các kỳ lân cận tại cơ sở này: vui lòng kiểm tra.</translation>
    </message>
    <message>
        <source>{value} is a {factor}th of the usual {usual} of this facility&apos;s neighbouring records: please check.</source>
        <translation>{value} chỉ bằng 1/{factor} mức thường thấy {usual} của các kỳ lân cận tại cơ sở này: vui lòng kiểm tra.</translation>
    </message>
    <message>
        <source>{per} bags per transaction is implausible (more than {max}): please check.</source>
        <translation>{per} túi/giao dịch là bất thường (hơn {max}): vui lòng kiểm tra.</translation>
    </message>
    <message>
        <source>{grams} g per non-biodegradable bag is implausible (more than {max} g): check kg and count.</source>
        <translation>{grams} g mỗi túi khó phân hủy là bất thường (hơn {max} g): hãy kiểm tra số kg và số túi.</translation>
    </message>
    <message>
        <source>Bags were handed out on a day with no transactions: please check.</source>
        <translation>Có túi được phát ra trong ngày không có giao dịch: vui lòng kiểm tra.</translation>
    </message>
    <message>
        <source>“{code}” is not one of this organization&apos;s stores or markets: add it as a store or market first.</source>
        <translation>“{code}” không phải cửa hàng hay chợ của tổ chức này: hãy thêm nó làm cửa hàng hoặc chợ trước.</translation>
    </message>
    <message>
        <source>Period {period} overlaps {other}, already recorded for the same {what}: record either the whole period or its parts, not both.</source>
        <translation>Kỳ {period} trùng với kỳ {other} đã nhập cho cùng {what}: chỉ nhập cả kỳ hoặc các kỳ con, không nhập cả hai.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Trang {page}/{pages}</translation>
    </message>
    <message>
        <source>Tax code {tax_code}</source>
        <translation>MST {tax_code}</translation>
    </message>
    <message>
        <source>Prepared by (name, position)</source>
        <translation>Người lập biểu (họ tên, chức vụ)</translation>
    </message>
    <message>
        <source>Legal representative (signature, seal)</source>
        <translation>Người đại diện theo pháp luật (ký, đóng dấu)</translation>
    </message>
    <message>
        <source>Date: ……/……/…………</source>
        <translation>Ngày ……/……/…………</translation>
    </message>
    <message>
        <source>The QR code holds this report&apos;s identity (organization, period, SHA-256 of its content and, once sent, the submission id), so a verifier can match this paper to the ministry&apos;s record.</source>
        <translation>Mã QR chứa định danh của báo cáo (tổ chức, kỳ, mã SHA-256 của nội dung và, khi đã gửi, mã lượt nộp) để người kiểm tra đối chiếu bản giấy với hồ sơ trên hệ thống của Bộ.</translation>
    </message>
    <message>
        <source>The QR code opens the ministry&apos;s page for this report: it confirms that this paper matches what the ministry received, and says its state.</source>
        <translation>Mã QR mở trang của Bộ Công Thương cho báo cáo này: trang xác nhận bản in khớp với báo cáo Bộ đã nhận và cho biết trạng thái của báo cáo.</translation>
    </message>
    <message>
        <source>DRAFT – not finalized</source>
        <translation>BẢN NHÁP – chưa chốt</translation>
    </message>
    <message>
        <source>Annual energy report {year}</source>
        <translation>Báo cáo sử dụng năng lượng năm {year}</translation>
    </message>
    <message>
        <source>Plastic bag and packaging reduction report {year}</source>
        <translation>Báo cáo giảm túi ni lông và bao bì năm {year}</translation>
    </message>
    <message>
        <source>Waste recovery report {year}</source>
        <translation>Báo cáo thu hồi chất thải năm {year}</translation>
    </message>
    <message>
        <source>Cleaner-production options register {year}</source>
        <translation>Danh mục giải pháp sản xuất sạch hơn năm {year}</translation>
    </message>
    <message>
        <source>Self-assessment: {scheme}</source>
        <translation>Tự đánh giá: {scheme}</translation>
    </message>
    <message>
        <source>Eco-innovation assessment of {client}</source>
        <translation>Đánh giá đổi mới sinh thái: {client}</translation>
    </message>
    <message>
        <source>Fields of form Mẫu 1.1, Annex I, Circular 25/2020/TT-BCT (annual report of a key energy user), as far as they are recorded here. TOE factors: Official Letter 3505/BCT-KHCN (2011).</source>
        <translation>Các mục của Mẫu 1.1, Phụ lục I, Thông tư 25/2020/TT-BCT (báo cáo năm của cơ sở sử dụng năng lượng trọng điểm) trong phạm vi số liệu được ghi nhận tại đây. Hệ số quy đổi TOE: Công văn 3505/BCT-KHCN (2011).</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Sector (VSIC)</source>
        <translation>Ngành (VSIC)</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Trạng thái báo cáo</translation>
    </message>
    <message>
        <source>not finalized (draft figures)</source>
        <translation>chưa chốt (số liệu nháp)</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Fuel or energy</source>
        <translation>Nhiên liệu, năng lượng</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>TOE</source>
        <translation>TOE</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Tỷ trọng (%)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Energy use by fuel</source>
        <translation>Tiêu thụ năng lượng theo loại nhiên liệu</translation>
    </message>
    <message>
        <source>Key energy user (Decree 21/2011 Art. 6)</source>
        <translation>Cơ sở sử dụng năng lượng trọng điểm (Nghị định 21/2011, Điều 6)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Threshold (TOE/year)</source>
        <translation>Ngưỡng (TOE/năm)</translation>
    </message>
    <message>
        <source>Scope-2 CO₂ from electricity</source>
        <translation>Phát thải CO₂ phạm vi 2 từ điện</translation>
    </message>
    <message>
        <source>{value} t CO₂ (grid factor {factor} t/MWh, {year})</source>
        <translation>{value} tấn CO₂ (hệ số phát thải lưới điện {factor} t/MWh, năm {year})</translation>
    </message>
    <message>
        <source>Specific energy consumption</source>
        <translation>Suất tiêu hao năng lượng</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sản lượng</translation>
    </message>
    <message>
        <source>TOE per unit</source>
        <translation>TOE trên đơn vị</translation>
    </message>
    <message>
        <source>Change vs {year} (%)</source>
        <translation>Thay đổi so với {year} (%)</translation>
    </message>
    <message>
        <source>Energy use by month (TOE)</source>
        <translation>Tiêu thụ năng lượng theo tháng (TOE)</translation>
    </message>
    <message>
        <source>GHG inventory required (Decree 06/2022)</source>
        <translation>Thuộc diện kiểm kê khí nhà kính (Nghị định 06/2022)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>Store-days</source>
        <translation>Số ngày-cửa hàng</translation>
    </message>
    <message>
        <source>Reduction per transaction {value} % · national target {target} % · gap {gap} percentage points</source>
        <translation>Mức giảm trên mỗi giao dịch {value} % · mục tiêu quốc gia {target} % · còn thiếu {gap} điểm phần trăm</translation>
    </message>
    <message>
        <source>No bag records for the baseline year {year}: the reduction cannot be computed.</source>
        <translation>Chưa có số liệu túi của năm gốc {year}: chưa tính được mức giảm.</translation>
    </message>
    <message>
        <source>Absolute reduction against {year}</source>
        <translation>Mức giảm tuyệt đối so với năm {year}</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Giảm</translation>
    </message>
    <message>
        <source>Reduction (%)</source>
        <translation>Giảm (%)</translation>
    </message>
    <message>
        <source>Non-biodegradable bags (count)</source>
        <translation>Túi khó phân hủy (cái)</translation>
    </message>
    <message>
        <source>Non-biodegradable bags (kg)</source>
        <translation>Túi khó phân hủy (kg)</translation>
    </message>
    <message>
        <source>Store-days recorded</source>
        <translation>Số ngày-cửa hàng có số liệu</translation>
    </message>
    <message>
        <source>Decision 582/QĐ-TTg sets its targets on the quantity of bags: the absolute reduction is shown beside the reduction per transaction. Compare store-days: fewer stores or days recorded also lower the totals.</source>
        <translation>Quyết định 582/QĐ-TTg đặt mục tiêu theo lượng túi: mức giảm tuyệt đối được trình bày bên cạnh mức giảm trên mỗi giao dịch. Lưu ý số ngày-cửa hàng: ít cửa hàng hoặc ít ngày có số liệu hơn cũng làm tổng số giảm.</translation>
    </message>
    <message>
        <source>The enterprise measures against its own baseline year {year}, not the 2010 of Decision 582/QĐ-TTg: the reduction is not directly the national indicator.</source>
        <translation>Doanh nghiệp so sánh với năm gốc của chính mình là {year}, không phải năm 2010 theo Quyết định 582/QĐ-TTg: mức giảm này không trực tiếp là chỉ tiêu quốc gia.</translation>
    </message>
    <message>
        <source>Recovery rate, every route (%)</source>
        <translation>Tỷ lệ thu hồi, mọi hình thức (%)</translation>
    </message>
    <message>
        <source>Rate as the target counts it (%)</source>
        <translation>Tỷ lệ theo cách tính của chỉ tiêu (%)</translation>
    </message>
    <message>
        <source>Routes the target counts</source>
        <translation>Hình thức chỉ tiêu tính</translation>
    </message>
    <message>
        <source>no national target</source>
        <translation>không có chỉ tiêu quốc gia</translation>
    </message>
    <message>
        <source>Gap (percentage points)</source>
        <translation>Còn thiếu (điểm phần trăm)</translation>
    </message>
    <message>
        <source>Recovery rate = (reused + recycled + energy-recovered + composted) ÷ generated × 100, per stream (no official formula). Each national target of Decision 76/QĐ-TTg counts only what its own words count: scrap plastic, paper, waste oil and steel recycled; urban domestic waste recycled, reused, energy-recovered or composted; non-hazardous industrial and construction waste reused or recycled.</source>
        <translation>Tỷ lệ thu hồi = (tái sử dụng + tái chế + thu hồi năng lượng + làm phân compost) ÷ lượng phát sinh × 100, theo từng dòng chất thải (chưa có công thức chính thức). Mỗi chỉ tiêu quốc gia của Quyết định 76/QĐ-TTg chỉ tính đúng những gì câu chữ của nó nêu: phế liệu nhựa, giấy, dầu thải, sắt thép được tái chế; chất thải rắn sinh hoạt đô thị được tái chế, tái sử dụng, thu hồi năng lượng hoặc sản xuất phân hữu cơ; chất thải rắn công nghiệp không nguy hại và chất thải xây dựng được tái sử dụng hoặc tái chế.</translation>
    </message>
    <message>
        <source>DRAFT criteria set written by SCP Desktop (no official criteria published)</source>
        <translation>Bộ tiêu chí DỰ THẢO do SCP Desktop soạn (chưa có bộ tiêu chí chính thức)</translation>
    </message>
    <message>
        <source>Against the draft criteria set: every mandatory criterion met, score {score} % ≥ the draft pass mark {mark} %. This is no official certification.</source>
        <translation>So với bộ tiêu chí dự thảo: đáp ứng mọi tiêu chí bắt buộc, điểm {score} % ≥ mức điểm dự thảo {mark} %. Đây không phải là chứng nhận chính thức.</translation>
    </message>
    <message>
        <source>Against the draft criteria set: score {score} % (draft pass mark {mark} %), {failed} mandatory criteria not met yet. This is no official verdict.</source>
        <translation>So với bộ tiêu chí dự thảo: điểm {score} % (mức điểm dự thảo {mark} %), còn {failed} tiêu chí bắt buộc chưa đáp ứng. Đây không phải là kết luận chính thức.</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Số giao dịch</translation>
    </message>
    <message>
        <source>The ministry returned this self-assessment for correction; a corrected one replaces it.</source>
        <translation>Bộ Công Thương đã trả lại bản tự đánh giá này để điều chỉnh; bản điều chỉnh sẽ thay thế bản này.</translation>
    </message>
    <message>
        <source>Non-biodegradable bags</source>
        <translation>Túi khó phân hủy</translation>
    </message>
    <message>
        <source>Non-biodegradable (kg)</source>
        <translation>Túi khó phân hủy (kg)</translation>
    </message>
    <message>
        <source>Biodegradable bags</source>
        <translation>Túi phân hủy sinh học</translation>
    </message>
    <message>
        <source>Paper bags</source>
        <translation>Túi giấy</translation>
    </message>
    <message>
        <source>Reusable sold</source>
        <translation>Túi dùng nhiều lần đã bán</translation>
    </message>
    <message>
        <source>Non-bio. bags per transaction</source>
        <translation>Túi khó phân hủy / giao dịch</translation>
    </message>
    <message>
        <source>kg per 1,000 transactions</source>
        <translation>kg / 1.000 giao dịch</translation>
    </message>
    <message>
        <source>Bags by store</source>
        <translation>Túi theo cửa hàng</translation>
    </message>
    <message>
        <source>Reduction against the baseline</source>
        <translation>Mức giảm so với năm gốc</translation>
    </message>
    <message>
        <source>Baseline year {year}: {value} non-biodegradable bags per transaction</source>
        <translation>Năm gốc {year}: {value} túi khó phân hủy trên mỗi giao dịch</translation>
    </message>
    <message>
        <source>Non-biodegradable bags per transaction by month</source>
        <translation>Túi khó phân hủy trên mỗi giao dịch theo tháng</translation>
    </message>
    <message>
        <source>dashed: the level of the national target</source>
        <translation>nét đứt: mức tương ứng mục tiêu quốc gia</translation>
    </message>
    <message>
        <source>Waste stream</source>
        <translation>Dòng chất thải</translation>
    </message>
    <message>
        <source>Generated (t)</source>
        <translation>Phát sinh (tấn)</translation>
    </message>
    <message>
        <source>Recovered (t)</source>
        <translation>Thu hồi (tấn)</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>Mục tiêu (%)</translation>
    </message>
    <message>
        <source>Treatment routes (t)</source>
        <translation>Hình thức xử lý (tấn)</translation>
    </message>
    <message>
        <source>Recovery rate by stream (%)</source>
        <translation>Tỷ lệ thu hồi theo dòng chất thải (%)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Process step</source>
        <translation>Công đoạn</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm giải pháp</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Tính khả thi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Investment (VND)</source>
        <translation>Vốn đầu tư (đồng)</translation>
    </message>
    <message>
        <source>Annual savings (VND)</source>
        <translation>Tiết kiệm hằng năm (đồng)</translation>
    </message>
    <message>
        <source>Payback (years)</source>
        <translation>Thời gian hoàn vốn (năm)</translation>
    </message>
    <message>
        <source>NPV (VND)</source>
        <translation>NPV (đồng)</translation>
    </message>
    <message>
        <source>IRR (%)</source>
        <translation>IRR (%)</translation>
    </message>
    <message>
        <source>NPV at a {rate} % discount rate over each option&apos;s useful life ({years} years where none is given); IRR of the same cash flows; payback = investment ÷ annual net savings.</source>
        <translation>NPV với tỷ lệ chiết khấu {rate} % trong tuổi thọ của từng giải pháp ({years} năm nếu không ghi); IRR của cùng dòng tiền; thời gian hoàn vốn = vốn đầu tư ÷ tiết kiệm ròng hằng năm.</translation>
    </message>
    <message>
        <source>Implemented: {count} options, investment {investment} VND, savings {savings} VND/year, payback {payback} years.</source>
        <translation>Đã thực hiện: {count} giải pháp, vốn đầu tư {investment} đồng, tiết kiệm {savings} đồng/năm, hoàn vốn {payback} năm.</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Criteria version</source>
        <translation>Phiên bản bộ tiêu chí</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Chuyên gia tư vấn</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm (%)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>A maturity picture by area: this method has no pass mark, so there is no pass or fail.</source>
        <translation>Bức tranh mức độ sẵn sàng theo lĩnh vực: phương pháp này không có ngưỡng đạt nên không có đạt hay không đạt.</translation>
    </message>
    <message>
        <source>Maturity level</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Score by section</source>
        <translation>Điểm theo phần</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Criteria and answers</source>
        <translation>Tiêu chí và câu trả lời</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>from records: {value}</source>
        <translation>từ số liệu: {value}</translation>
    </message>
    <message>
        <source>replaces {auto}: {reason}</source>
        <translation>thay cho {auto}: {reason}</translation>
    </message>
    <message>
        <source>Gaps and next steps</source>
        <translation>Điểm còn thiếu và việc cần làm</translation>
    </message>
    <message>
        <source>No gaps: every criterion is fully met.</source>
        <translation>Không còn điểm thiếu: mọi tiêu chí đều đạt đầy đủ.</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <source>No {kind} records for {org} in {year}.</source>
        <translation>Không có số liệu {kind} của {org} năm {year}.</translation>
    </message>
    <message>
        <source>No {scheme} assessment of {org} for {year}; start one first.</source>
        <translation>Chưa có bản đánh giá {scheme} của {org} cho năm {year}; hãy bắt đầu một bản đánh giá trước.</translation>
    </message>
</context>
<context>
    <name>ReportState</name>
    <message>
        <source>Draft (saved as you type)</source>
        <translation>Bản nháp (tự động lưu)</translation>
    </message>
    <message>
        <source>Finalized, waiting to be sent</source>
        <translation>Đã chốt, chờ gửi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Received by the ministry</source>
        <translation>Bộ đã nhận</translation>
    </message>
    <message>
        <source>Accepted by the ministry</source>
        <translation>Bộ đã chấp nhận</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Bị trả lại để sửa</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Máy chủ từ chối</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Period {period} of {kind} is in a finalized report ({state}): start a correction to change it.</source>
        <translation>Kỳ {period} của {kind} thuộc báo cáo đã chốt ({state}): hãy lập bản sửa đổi để thay đổi.</translation>
    </message>
    <message>
        <source>There are no {kind} records for {period} to finalize.</source>
        <translation>Không có số liệu {kind} của kỳ {period} để chốt.</translation>
    </message>
    <message>
        <source>{kind} for {period} is already finalized; start a correction to change it.</source>
        <translation>{kind} kỳ {period} đã được chốt; hãy lập bản sửa đổi để thay đổi.</translation>
    </message>
    <message>
        <source>{kind} for {period} overlaps the report for {other} of {scope}, already finalized: the same records would reach the ministry twice. Correct that report instead.</source>
        <translation>{kind} kỳ {period} trùng với báo cáo kỳ {other} của {scope} đã chốt: cùng các bản ghi sẽ đến Bộ hai lần. Hãy đính chính báo cáo đó.</translation>
    </message>
    <message>
        <source>This report is {state}; it cannot be corrected now.</source>
        <translation>Báo cáo đang ở trạng thái {state}; chưa thể sửa đổi lúc này.</translation>
    </message>
    <message>
        <source>No finalized {kind} report for {period} to correct.</source>
        <translation>Không có báo cáo {kind} đã chốt của kỳ {period} để sửa đổi.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Lưu báo cáo thành</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Annual energy report</source>
        <translation>Báo cáo năng lượng hằng năm</translation>
    </message>
    <message>
        <source>Form 1.1 fields of Circular 25/2020: TOE per fuel, CO₂, specific consumption.</source>
        <translation>Các mục của Mẫu 1.1, Thông tư 25/2020: TOE theo nhiên liệu, CO₂, suất tiêu hao.</translation>
    </message>
    <message>
        <source>Bag and packaging reduction</source>
        <translation>Giảm túi ni lông và bao bì</translation>
    </message>
    <message>
        <source>Bags per store, per transaction, and the reduction against the baseline.</source>
        <translation>Túi theo cửa hàng, trên mỗi giao dịch và mức giảm so với năm gốc.</translation>
    </message>
    <message>
        <source>Waste recovery</source>
        <translation>Thu hồi chất thải</translation>
    </message>
    <message>
        <source>Recovery rate of every waste stream against the national targets.</source>
        <translation>Tỷ lệ thu hồi của từng dòng chất thải so với mục tiêu quốc gia.</translation>
    </message>
    <message>
        <source>Cleaner-production options register</source>
        <translation>Danh mục giải pháp sản xuất sạch hơn</translation>
    </message>
    <message>
        <source>Every option with its investment, savings and payback.</source>
        <translation>Mọi giải pháp với vốn đầu tư, tiết kiệm và thời gian hoàn vốn.</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>The latest assessment of the scheme for that year, with score and gaps.</source>
        <translation>Bản đánh giá mới nhất của chương trình cho năm đó, với điểm và các điểm còn thiếu.</translation>
    </message>
    <message>
        <source>Eco-innovation assessment</source>
        <translation>Đánh giá đổi mới sinh thái</translation>
    </message>
    <message>
        <source>The client&apos;s eco-innovation project phase by phase (its preliminary assessment where there is no project), with the consultant&apos;s and the client&apos;s names.</source>
        <translation>Dự án đổi mới sinh thái của khách hàng theo từng giai đoạn (hoặc đánh giá sơ bộ nếu chưa có dự án), có tên chuyên gia tư vấn và đại diện khách hàng.</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Đang ghi {file}…</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Chương trình:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Facility or store:</source>
        <translation>&amp;Cơ sở hoặc cửa hàng:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Create PDF…</source>
        <translation>&amp;Tạo PDF…</translation>
    </message>
    <message>
        <source>Whole organization</source>
        <translation>Toàn tổ chức</translation>
    </message>
    <message>
        <source>Saved: &lt;a href=&quot;{url}&quot;&gt;{file}&lt;/a&gt;</source>
        <translation>Đã lưu: &lt;a href=&quot;{url}&quot;&gt;{file}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ServerError</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked: sign in again.</source>
        <translation>Phiên đăng nhập đã hết hạn hoặc bị thu hồi: hãy đăng nhập lại.</translation>
    </message>
    <message>
        <source>Your account may not send reports for this organization.</source>
        <translation>Tài khoản của bạn không được gửi báo cáo cho tổ chức này.</translation>
    </message>
    <message>
        <source>Only a reviewer may do this.</source>
        <translation>Chỉ cán bộ thẩm định mới được làm việc này.</translation>
    </message>
    <message>
        <source>The server does not know this item.</source>
        <translation>Máy chủ không có mục này.</translation>
    </message>
    <message>
        <source>The server holds a different report under this report&apos;s id.</source>
        <translation>Máy chủ đang giữ một báo cáo khác có cùng mã với báo cáo này.</translation>
    </message>
    <message>
        <source>A report for this period was already sent: start a correction instead of a new report.</source>
        <translation>Báo cáo của kỳ này đã được gửi: hãy lập bản sửa đổi thay vì báo cáo mới.</translation>
    </message>
    <message>
        <source>This correction replaces a report that was already replaced: correct the newest one.</source>
        <translation>Bản sửa đổi này thay cho một báo cáo đã được thay thế: hãy sửa bản mới nhất.</translation>
    </message>
    <message>
        <source>The ministry has closed this period: no report can be sent or corrected for it.</source>
        <translation>Bộ đã khóa kỳ này: không thể gửi hay sửa báo cáo của kỳ này nữa.</translation>
    </message>
    <message>
        <source>Some evidence files have not reached the server.</source>
        <translation>Một số tệp minh chứng chưa đến được máy chủ.</translation>
    </message>
    <message>
        <source>The report or file arrived damaged (its SHA-256 differs).</source>
        <translation>Báo cáo hoặc tệp đến máy chủ bị hỏng (mã SHA-256 không khớp).</translation>
    </message>
    <message>
        <source>The report or file is larger than the server accepts.</source>
        <translation>Báo cáo hoặc tệp lớn hơn mức máy chủ chấp nhận.</translation>
    </message>
    <message>
        <source>The server is busy; sending resumes shortly.</source>
        <translation>Máy chủ đang bận; việc gửi sẽ tiếp tục sau ít phút.</translation>
    </message>
    <message>
        <source>The server found mistakes in the report.</source>
        <translation>Máy chủ phát hiện lỗi trong báo cáo.</translation>
    </message>
    <message>
        <source>The server does not accept this kind of report.</source>
        <translation>Máy chủ không nhận loại báo cáo này.</translation>
    </message>
    <message>
        <source>This report cannot be reviewed in its present state.</source>
        <translation>Không thể thẩm định báo cáo ở trạng thái hiện tại.</translation>
    </message>
    <message>
        <source>The server lost track of this app&apos;s last sync.</source>
        <translation>Máy chủ không còn nhận ra lần đồng bộ trước của ứng dụng này.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>Máy chủ gặp lỗi nội bộ.</translation>
    </message>
    <message>
        <source>The server is busy for a moment; sending resumes shortly.</source>
        <translation>Máy chủ đang bận trong giây lát; việc gửi sẽ tiếp tục ngay sau đó.</translation>
    </message>
    <message>
        <source>This report overlaps one the ministry already has for the same store or the whole organization: the same records would be counted twice. Correct that report instead.</source>
        <translation>Báo cáo này trùng kỳ với một báo cáo Bộ đã có cho cùng cửa hàng hoặc cho toàn tổ chức: cùng số liệu sẽ bị tính hai lần. Hãy điều chỉnh báo cáo đó.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: signing in is paused for a while. Try again later.</source>
        <translation>Nhập sai mật khẩu quá nhiều lần: việc đăng nhập tạm dừng một thời gian. Hãy thử lại sau.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>Máy chủ từ chối yêu cầu (HTTP {status}).</translation>
    </message>
    <message>
        <source>{message} The server says: {detail}</source>
        <translation>{message} Máy chủ cho biết: {detail}</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
</context>
<context>
    <name>Shape</name>
    <message>
        <source>{path}: expected {expected}, found {found}.</source>
        <translation>{path}: cần {expected}, nhưng là {found}.</translation>
    </message>
    <message>
        <source>{path}: unknown key “{key}”.</source>
        <translation>{path}: khóa “{key}” không được biết.</translation>
    </message>
    <message>
        <source>{path}: “{key}” is missing.</source>
        <translation>{path}: thiếu “{key}”.</translation>
    </message>
    <message>
        <source>{path}: longer than {max} characters.</source>
        <translation>{path}: dài hơn {max} ký tự.</translation>
    </message>
    <message>
        <source>{path}: more than {max} items.</source>
        <translation>{path}: nhiều hơn {max} mục.</translation>
    </message>
    <message>
        <source>{path}: {value} is outside {min} to {max}.</source>
        <translation>{path}: {value} nằm ngoài khoảng {min} đến {max}.</translation>
    </message>
    <message>
        <source>{path}: “{value}” is not one of {allowed}.</source>
        <translation>{path}: “{value}” không thuộc {allowed}.</translation>
    </message>
    <message>
        <source>{path}: “{value}” is not in the expected form.</source>
        <translation>{path}: “{value}” không đúng dạng cần có.</translation>
    </message>
    <message>
        <source>{path}: holds an invisible control character ({code}).</source>
        <translation>{path}: chứa ký tự điều khiển vô hình ({code}).</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>tài liệu</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>một văn bản</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>đúng hoặc sai (true/false)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>một danh sách</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>một đối tượng</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>không có gì (null)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} hoặc {second}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The server refused the sign-in: {message}</source>
        <translation>Máy chủ từ chối đăng nhập: {message}</translation>
    </message>
    <message>
        <source>The server cannot be reached: {reason}</source>
        <translation>Không kết nối được máy chủ: {reason}</translation>
    </message>
    <message>
        <source>This report&apos;s stored content cannot be read or sent ({reason}): correct the report to send it again.</source>
        <translation>Không đọc hoặc gửi được nội dung đã lưu của báo cáo này ({reason}): hãy đính chính báo cáo để gửi lại.</translation>
    </message>
    <message>
        <source>Not sent yet ({reason}); tried again later.</source>
        <translation>Chưa gửi được ({reason}); sẽ thử lại sau.</translation>
    </message>
    <message>
        <source>An evidence file of this assessment is missing from this computer ({reason}): correct it to send it.</source>
        <translation>Một tệp minh chứng của bản tự đánh giá này không còn trên máy ({reason}): hãy điều chỉnh để gửi lại.</translation>
    </message>
    <message>
        <source>The answer was not the server&apos;s receipt (a proxy or a network sign-in page?); tried again later.</source>
        <translation>Câu trả lời nhận được không phải biên nhận của máy chủ (do proxy hoặc trang đăng nhập mạng?); sẽ thử lại sau.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Organization / facility</source>
        <translation>Tổ chức / cơ sở</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Số biên nhận</translation>
    </message>
    <message>
        <source>Message from the server</source>
        <translation>Thông báo từ máy chủ</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Mã lượt nộp</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation> (đã có bản sửa đổi)</translation>
    </message>
    <message>
        <source>Write the server&apos;s address, for example https://scp.moit.gov.vn.</source>
        <translation>Hãy nhập địa chỉ của máy chủ, ví dụ https://scp.moit.gov.vn.</translation>
    </message>
    <message>
        <source>Sign in to the ministry server</source>
        <translation>Đăng nhập máy chủ của Bộ</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <source>Cannot reach {server}: {reason}</source>
        <translation>Không kết nối được {server}: {reason}</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Gửi ngay</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>Đăng &amp;nhập…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <source>Server {server}, signed in as {user}.</source>
        <translation>Máy chủ {server}, đã đăng nhập với tên {user}.</translation>
    </message>
    <message>
        <source>Not signed in: finalized reports wait here until you sign in and send them.</source>
        <translation>Chưa đăng nhập: các báo cáo đã chốt chờ ở đây cho đến khi bạn đăng nhập và gửi.</translation>
    </message>
    <message>
        <source>Last successful sync: {when}</source>
        <translation>Lần đồng bộ thành công gần nhất: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so the sign-in lasts until you close the app.</source>
        <translation>Máy tính này không có kho mật khẩu an toàn, nên phiên đăng nhập chỉ kéo dài đến khi bạn đóng ứng dụng.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>The server asks you to sign in again; reports wait until you do.</source>
        <translation>Máy chủ yêu cầu bạn đăng nhập lại; các báo cáo sẽ chờ đến khi bạn đăng nhập.</translation>
    </message>
    <message>
        <source>The address must begin with https:// so that your password travels encrypted.</source>
        <translation>Địa chỉ phải bắt đầu bằng https:// để mật khẩu của bạn được mã hóa khi gửi đi.</translation>
    </message>
    <message>
        <source>Sign in again to send ({waiting} waiting).</source>
        <translation>Hãy đăng nhập lại để gửi ({waiting} báo cáo đang chờ).</translation>
    </message>
    <message>
        <source>Another window is sending this workspace.</source>
        <translation>Một cửa sổ khác đang gửi dữ liệu của vùng làm việc này.</translation>
    </message>
    <message>
        <source>Sent {sent}, refused {failed}, waiting {waiting}.</source>
        <translation>Đã gửi {sent}, bị từ chối {failed}, đang chờ {waiting}.</translation>
    </message>
    <message>
        <source>Offline or server busy ({error}); retrying later.</source>
        <translation>Mất kết nối hoặc máy chủ bận ({error}); sẽ thử lại sau.</translation>
    </message>
</context>
<context>
    <name>TaxCode</name>
    <message>
        <source>The tax code is required.</source>
        <translation>Cần nhập mã số thuế.</translation>
    </message>
    <message>
        <source>A tax code has only digits and one hyphen before the branch code; found “{chars}”.</source>
        <translation>Mã số thuế chỉ gồm chữ số và một dấu gạch nối trước mã chi nhánh; có ký tự “{chars}”.</translation>
    </message>
    <message>
        <source>A tax code has 10 digits; this one has {count}.</source>
        <translation>Mã số thuế có 10 chữ số; mã này có {count}.</translation>
    </message>
    <message>
        <source>The branch code after the hyphen must be 3 digits from 001 to 999; found “{branch}”.</source>
        <translation>Mã chi nhánh sau dấu gạch nối phải gồm 3 chữ số từ 001 đến 999; đã nhập “{branch}”.</translation>
    </message>
    <message>
        <source>No tax code can start with {head}: its check digit would be 10.</source>
        <translation>Không có mã số thuế nào bắt đầu bằng {head}: chữ số kiểm tra sẽ là 10.</translation>
    </message>
    <message>
        <source>The last digit should be {expected}, not {actual}: check for a mistyped digit.</source>
        <translation>Chữ số cuối phải là {expected}, không phải {actual}: hãy kiểm tra chữ số gõ nhầm.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>The text holds an invisible control character ({code}) at position {position}: type it again.</source>
        <translation>Văn bản chứa ký tự điều khiển vô hình ({code}) ở vị trí {position}: hãy gõ lại.</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>years</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>bags</source>
        <translation>túi</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>giao dịch</translation>
    </message>
    <message>
        <source>t</source>
        <translation>tấn</translation>
    </message>
    <message>
        <source>t CO₂</source>
        <translation>tấn CO₂</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No organization with tax code {tax_code} in this workspace.</source>
        <translation>Vùng làm việc này không có tổ chức mang mã số thuế {tax_code}.</translation>
    </message>
    <message>
        <source>{org} has no facility or store with code “{code}”. Known: {known}.</source>
        <translation>{org} không có cơ sở hoặc cửa hàng mã “{code}”. Các mã hiện có: {known}.</translation>
    </message>
    <message>
        <source>{path} is being restored from a backup: try again in a moment.</source>
        <translation>{path} đang được khôi phục từ bản sao lưu: hãy thử lại sau ít phút.</translation>
    </message>
    <message>
        <source>Unknown indicator “{name}”. Known: {known}.</source>
        <translation>Không có chỉ tiêu “{name}”. Các chỉ tiêu: {known}.</translation>
    </message>
    <message>
        <source>A baseline year is between {first} and {last}; found {year}.</source>
        <translation>Năm gốc phải từ {first} đến {last}; nhận được {year}.</translation>
    </message>
    <message>
        <source>“{code}” is of kind “{kind}”: bags are logged per store or market. Stores of {org}: {known}.</source>
        <translation>“{code}” thuộc loại “{kind}”: túi được ghi theo từng cửa hàng hoặc chợ. Các cửa hàng của {org}: {known}.</translation>
    </message>
</context>
</TS>
