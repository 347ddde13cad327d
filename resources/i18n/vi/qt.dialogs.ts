<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.dialogs</name>
    <message>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <source>Copy the technical report, e.g. to paste into a bug report</source>
        <translation>Sao chép báo cáo kỹ thuật, chẳng hạn để dán vào một báo cáo lỗi</translation>
    </message>
</context>
</TS>
