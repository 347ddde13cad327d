<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.data_views</name>
    <message>
        <source>class {i}</source>
        <translation>lớp {i}</translation>
    </message>
    <message>
        <source>training</source>
        <translation>huấn luyện</translation>
    </message>
    <message>
        <source>test</source>
        <translation>kiểm tra</translation>
    </message>
    <message>
        <source>Class balance</source>
        <translation>Cân bằng giữa các lớp</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>mẫu dữ liệu</translation>
    </message>
</context>
</TS>
