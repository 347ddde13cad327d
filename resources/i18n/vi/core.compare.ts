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
</context>
</TS>
