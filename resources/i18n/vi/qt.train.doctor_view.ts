<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.train.doctor_view</name>
    <message>
        <source>&lt;b&gt;Doctor&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bác sĩ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The doctor reads the curves once a run has a few epochs.</source>
        <translation>Bác sĩ đọc các đường cong khi lần chạy đã có vài epoch.</translation>
    </message>
    <message>
        <source>No problems seen in {what}.</source>
        <translation>Không thấy vấn đề nào trong {what}.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Applied: {what}. Start a new run to see the effect.</source>
        <translation>Đã áp dụng: {what}. Hãy bắt đầu một lần chạy mới để thấy tác dụng.</translation>
    </message>
    <message>
        <source>The doctor reads the curves of models trained by fit; a {kind} run&apos;s curves mean other things.</source>
        <translation>Bác sĩ đọc đường cong của các mô hình huấn luyện bằng fit; đường cong của lần chạy {kind} mang ý nghĩa khác.</translation>
    </message>
    <message>
        <source>epoch {a}</source>
        <translation>epoch {a}</translation>
    </message>
    <message>
        <source>epochs {a}–{b}</source>
        <translation>epoch {a}–{b}</translation>
    </message>
    <message>
        <source>layer {name}</source>
        <translation>lớp {name}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Remedy:&lt;/i&gt; {remedy}</source>
        <translation>&lt;i&gt;Cách chữa:&lt;/i&gt; {remedy}</translation>
    </message>
    <message>
        <source>Also possible: {others}</source>
        <translation>Cũng có thể: {others}</translation>
    </message>
    <message>
        <source>the curves so far</source>
        <translation>các đường cong đến giờ</translation>
    </message>
    <message>
        <source>run {id}</source>
        <translation>lần chạy {id}</translation>
    </message>
    <message>
        <source>{n} finding:</source>
        <translation>{n} phát hiện:</translation>
    </message>
    <message>
        <source>{n} findings:</source>
        <translation>{n} phát hiện:</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Đã áp dụng</translation>
    </message>
</context>
</TS>
