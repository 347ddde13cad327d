<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.export_charlm</name>
    <message>
        <source>the sequence settings have a problem: {problem}</source>
        <translation>cài đặt chuỗi có vấn đề: {problem}</translation>
    </message>
</context>
</TS>
