<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.compare</name>
    <message>
        <source>data set</source>
        <translation>tập dữ liệu</translation>
    </message>
    <message>
        <source>epochs run</source>
        <translation>số epoch đã chạy</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>thời gian (giây)</translation>
    </message>
    <message>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>xong</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>đã dừng</translation>
    </message>
    <message>
        <source>early_stopped</source>
        <translation>dừng sớm</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
</context>
</TS>
