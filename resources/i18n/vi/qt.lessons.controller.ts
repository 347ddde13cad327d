<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.lessons.controller</name>
    <message>
        <source>Show me: {title}</source>
        <translation>Làm mẫu: {title}</translation>
    </message>
</context>
</TS>
