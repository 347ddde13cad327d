<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.lessons.handout</name>
    <message>
        <source>Handed out by your teacher</source>
        <translation>Do giáo viên của bạn giao</translation>
    </message>
</context>
</TS>
