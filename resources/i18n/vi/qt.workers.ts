<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.workers</name>
    <message>
        <source>Training failed.</source>
        <translation>Huấn luyện không thành công.</translation>
    </message>
</context>
</TS>
