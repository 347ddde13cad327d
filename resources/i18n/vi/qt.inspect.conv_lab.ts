<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.inspect.conv_lab</name>
    <message>
        <source>Your own</source>
        <translation>Của bạn</translation>
    </message>
    <message>
        <source>sample </source>
        <translation>mẫu </translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Ảnh:</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>Bộ lọc:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Kích thước:</translation>
    </message>
    <message>
        <source>Stride:</source>
        <translation>Bước trượt:</translation>
    </message>
    <message>
        <source>Padding:</source>
        <translation>Đệm:</translation>
    </message>
    <message>
        <source>edit the {channel} slice</source>
        <translation>sửa lát kênh {channel}</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Một bước</translation>
    </message>
    <message>
        <source>Animate</source>
        <translation>Chạy hoạt ảnh</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Cả bản đồ</translation>
    </message>
    <message>
        <source>Add kernel</source>
        <translation>Thêm bộ lọc</translation>
    </message>
    <message>
        <source>Remove kernel</source>
        <translation>Bỏ bộ lọc</translation>
    </message>
    <message>
        <source>Editing:</source>
        <translation>Đang sửa:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
</context>
</TS>
