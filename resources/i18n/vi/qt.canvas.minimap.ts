<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.canvas.minimap</name>
    <message>
        <source>Overview: click or drag to look at another part of the model</source>
        <translation>Toàn cảnh: nhấp hoặc kéo để xem phần khác của mô hình</translation>
    </message>
</context>
</TS>
